package org.ducha.node.record;

import java.time.LocalDate;

/**
 * A lead assignment overdue at some time in the period: its deadline in force passed
 * before the period's end (or today, if earlier) without its completion being asked for
 * by then. It counts on its deadline.
 *
 * @param assignmentId the assignment
 * @param taskId its task
 * @param taskNumber the task's human number
 * @param taskTitle its title
 * @param deadline the deadline in force
 * @param endedOn the day completion was asked for after the deadline; null while open
 * @param open whether it is still open at the end of the period
 * @param workingDaysOverdue working days after the deadline up to the completion request
 * or the period's end (or today, if earlier)
 */
public record OverdueFact(String assignmentId, String taskId, String taskNumber, String taskTitle, LocalDate deadline,
		LocalDate endedOn, boolean open, int workingDaysOverdue) {
}
