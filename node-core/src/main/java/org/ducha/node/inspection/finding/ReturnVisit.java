package org.ducha.node.inspection.finding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A return visit (回访) after a confirmed verification: whether the facts are clear and the
 * rectification complete, and what the grassroots and the public said.
 *
 * @param id id
 * @param reportId the verified report it follows
 * @param visitedOn the day of the visit
 * @param factsClear whether the facts are clear (问题是否查清)
 * @param complete whether the rectification is complete (整改是否到位)
 * @param grassrootsSaid what the grassroots said (基层反映)
 * @param publicSaid what the public said (群众反映)
 * @param visitedBy who recorded it
 * @param visitedAt when
 */
public record ReturnVisit(String id, String reportId, LocalDate visitedOn, boolean factsClear, boolean complete,
		String grassrootsSaid, String publicSaid, String visitedBy, Instant visitedAt) {

	/** Whether this visit allows closing the requirement. */
	public boolean showsCompletion() {
		return this.factsClear && this.complete;
	}

}
