package org.ducha.node.bulletin;

import java.time.LocalDate;

/**
 * An overdue item a bulletin lists.
 *
 * @param unitCode the lead unit
 * @param unitName its name
 * @param assignmentId the assignment
 * @param taskId its task
 * @param taskNumber the task's number
 * @param taskTitle its title
 * @param deadline the deadline in force
 * @param workingDaysOverdue working days overdue by the period's end (or completion)
 * @param open whether it was still open at the period's end
 */
public record OverdueLine(String unitCode, String unitName, String assignmentId, String taskId, String taskNumber,
		String taskTitle, LocalDate deadline, long workingDaysOverdue, boolean open) {
}
