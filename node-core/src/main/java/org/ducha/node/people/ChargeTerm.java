package org.ducha.node.people;

import java.time.LocalDate;

/**
 * One holding of a post: from a date up to, not including, another; or still held.
 *
 * @param personId the holder
 * @param role the post
 * @param from the first day held
 * @param until the first day no longer held; null while held
 */
public record ChargeTerm(String personId, ChargeRole role, LocalDate from, LocalDate until) {

	/** Whether the post was held on a day. */
	public boolean holds(LocalDate date) {
		return !date.isBefore(this.from) && (this.until == null || date.isBefore(this.until));
	}

	ChargeTerm endingOn(LocalDate end) {
		return new ChargeTerm(this.personId, this.role, this.from, end);
	}

}
