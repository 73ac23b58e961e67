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
 * @param reportId the report that filled it (for a co-unit, the contribution), if any
 * @param reportedOn the day that report was written
 * @param onTime whether that report came by the due date
 * @param returnedReportId the report the issuer returned (退回) after it had filled the
 * slot: only its resubmission fills it again
 */
public record ReportSlot(String assignmentId, int ordinal, String label, LocalDate opens, LocalDate due,
		LocalDate originalDue, String basis, boolean covered, String reportId, LocalDate reportedOn, Boolean onTime,
		String returnedReportId) {

	public boolean isFilled() {
		return this.reportId != null;
	}

}
