package org.ducha.node.dashboard;

import java.time.LocalDate;

/**
 * An open assignment with an overdue report or past its task's deadline.
 *
 * @param assignmentId the assignment
 * @param taskId its task
 * @param taskNumber the task's human number
 * @param taskTitle the task's title
 * @param unitCode the unit
 * @param unitName its name (its code when this node does not know it)
 * @param nodeCode the node the unit belongs to
 * @param status the assignment's status
 * @param dueDate the earliest date it missed: an unfilled report's due date or the
 * deadline
 * @param reason REPORT when that date is a report's, DEADLINE when it is the deadline's
 * @param overdueReports how many of its reports are overdue and unfilled
 * @param deadline the task's deadline
 * @param workingDaysOverdue working days after the due date up to and including today
 */
public record OverdueAssignment(String assignmentId, String taskId, String taskNumber, String taskTitle,
		String unitCode, String unitName, String nodeCode, String status, LocalDate dueDate, String reason,
		long overdueReports, LocalDate deadline, int workingDaysOverdue) {
}
