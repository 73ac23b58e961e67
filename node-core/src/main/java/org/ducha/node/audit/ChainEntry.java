package org.ducha.node.audit;

import java.time.Instant;

/**
 * The fields of an audit record that its hash covers, as stored.
 *
 * @param sequence place in the chain, from 1
 * @param occurredAt when, at microsecond precision (DATETIME(6))
 * @param category area, as stored (the name of an {@link AuditCategory})
 * @param action what happened
 * @param actor who, if known
 * @param peer link peer, if any
 * @param detail free text, if any
 */
record ChainEntry(long sequence, Instant occurredAt, String category, String action, String actor, String peer,
		String detail) {

	ChainEntry at(long place) {
		return new ChainEntry(place, this.occurredAt, this.category, this.action, this.actor, this.peer, this.detail);
	}

}
