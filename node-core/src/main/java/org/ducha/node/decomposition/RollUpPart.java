package org.ducha.node.decomposition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assignment of a sub-task, as the decomposing node holds it.
 *
 * @param subTaskId the sub-task
 * @param subTaskNumber its human number
 * @param subTaskTitle its title
 * @param assignmentId the sub-task's assignment
 * @param unitCode its unit
 * @param role LEAD or CO
 * @param status its status (docs/business-rules.md §6.1)
 * @param percentComplete latest reported progress; 100 once completed
 * @param light GREEN, YELLOW or RED; null when not computed
 * @param lastReportedAt when it last reported; null before the first report
 * @param dueDate the deadline in force
 */
public record RollUpPart(String subTaskId, String subTaskNumber, String subTaskTitle, String assignmentId,
		String unitCode, String role, String status, int percentComplete, String light, Instant lastReportedAt,
		LocalDate dueDate) {

	boolean isCompleted() {
		return "COMPLETED".equals(this.status);
	}

	/** Whether it is a lead unit's, which answers for its sub-task. */
	boolean isLead() {
		return "LEAD".equals(this.role);
	}

}
