package org.ducha.node.record;

import java.time.LocalDate;

/**
 * A lead assignment completed in the period (its completion accepted on a day in it). It
 * counts on the day its completion was accepted.
 *
 * @param assignmentId the assignment
 * @param taskId its task
 * @param taskNumber the task's human number
 * @param taskTitle its title
 * @param originalDeadline the task's deadline before any extension
 * @param deadlineInForce the deadline after extensions
 * @param requestedOn the day the unit asked for completion
 * @param completedOn the day completion was accepted
 * @param withinOriginal whether completion was asked for by the original deadline
 * @param withinDeadline whether it was asked for by the deadline in force
 */
public record CompletionFact(String assignmentId, String taskId, String taskNumber, String taskTitle,
		LocalDate originalDeadline, LocalDate deadlineInForce, LocalDate requestedOn, LocalDate completedOn,
		boolean withinOriginal, boolean withinDeadline) {
}
