package org.ducha.node.accountability;

/**
 * A unit's record on this node's tasks in one year, for commendation.
 *
 * @param year the year
 * @param reportsDue report slots due in the year
 * @param reportsOnTime of those, filled by their due date
 * @param deadlines assignments whose deadline in force fell in the year
 * @param completedInTime of those, completed with the request made by the deadline
 * @param punitiveSteps ladder steps holding the unit to account in the year, known here
 */
public record YearRecord(int year, long reportsDue, long reportsOnTime, long deadlines, long completedInTime,
		long punitiveSteps) {
}
