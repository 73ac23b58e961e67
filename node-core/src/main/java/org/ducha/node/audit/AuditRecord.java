package org.ducha.node.audit;

import java.time.Instant;

/**
 * One audit record as read back.
 *
 * @param id position in the trail
 * @param occurredAt when
 * @param category area
 * @param action what happened
 * @param actor who
 * @param peer link peer, if any
 * @param detail free text
 */
public record AuditRecord(long id, Instant occurredAt, AuditCategory category, String action, String actor, String peer,
		String detail) {
}
