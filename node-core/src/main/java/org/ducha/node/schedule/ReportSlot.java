package org.ducha.node.schedule;

import java.time.LocalDate;

/**
 * A due slot of an assignment's reports.
 *
 * @param assignmentId the assignment
 * @param ordinal its position in the schedule, from 1
 * @param label what it is for
 * @param opens the first day a report counts for it
 * @param due the due date
 * @param originalDue the due date first computed (kept for assessment)
 * @param basis how the date was reached
 * @param covered whether a notice covered the days the computation looked at
 * @param reportId the report that filled it, if any
 * @param reportedOn the day that report was written
 * @param onTime whether that report came by the due date
 */
public record ReportSlot(String assignmentId, int ordinal, String label, LocalDate opens, LocalDate due,
		LocalDate originalDue, String basis, boolean covered, String reportId, LocalDate reportedOn, Boolean onTime) {

	public boolean isFilled() {
		return this.reportId != null;
	}

}
