package org.ducha.node.audit;

import java.time.Instant;

/**
 * One audit record as read back.
 *
 * @param id the row's key
 * @param sequence position in the trail's hash chain, from 1
 * @param occurredAt when
 * @param category area
 * @param action what happened
 * @param actor who
 * @param peer link peer, if any
 * @param detail free text
 * @param hash the record's chain hash (SM3, hex)
 */
public record AuditRecord(long id, long sequence, Instant occurredAt, AuditCategory category, String action,
		String actor, String peer, String detail, String hash) {
}
