package org.ducha.node.bulletin;

import java.math.BigDecimal;

/**
 * A unit's line in a bulletin's ranking table, figured from its record over the period.
 *
 * @param rank its place, from 1; units whose ranking figures are all equal share a place
 * (docs/business-rules.md, "Bulletins")
 * @param unitCode the unit
 * @param unitName its name
 * @param nodeCode the node it belongs to
 * @param reportsDue lead report slots due whose outcome is known
 * @param reportsOnTime of those, filled on time
 * @param reportsLate filled late
 * @param reportsMissing overdue and unfilled
 * @param onTimeRate reportsOnTime / reportsDue in percent to one place; null when nothing
 * was due
 * @param overdue assignments overdue in the period
 * @param overdueWorkingDays their working days overdue, summed
 * @param completed assignments completed in the period
 * @param completedWithinOriginal of those, within the original deadline
 * @param extensions extensions granted
 * @param ladderSteps ladder steps holding the unit to account
 * @param claimOverdue signings after the limit (or none yet)
 * @param rectificationsOverdue inspection rectifications open past their deadline
 */
public record UnitLine(int rank, String unitCode, String unitName, String nodeCode, long reportsDue, long reportsOnTime,
		long reportsLate, long reportsMissing, BigDecimal onTimeRate, long overdue, long overdueWorkingDays,
		long completed, long completedWithinOriginal, long extensions, long ladderSteps, long claimOverdue,
		long rectificationsOverdue) {

	/**
	 * Whether the record shows nothing for the unit to answer for and reports all on
	 * time.
	 */
	boolean spotless() {
		return this.reportsDue > 0 && this.reportsOnTime == this.reportsDue && this.overdue == 0
				&& this.claimOverdue == 0 && this.ladderSteps == 0 && this.rectificationsOverdue == 0;
	}

	/** Whether the unit let a deadline or a report pass. */
	boolean late() {
		return this.overdue > 0 || this.reportsMissing > 0;
	}

}
