package org.ducha.node.record;

import java.time.LocalDate;

/**
 * An extension granted in the period. It counts on the day it was decided.
 *
 * @param extensionId the extension request
 * @param assignmentId its assignment
 * @param taskId the task
 * @param taskNumber the task's human number
 * @param deadlineBefore the deadline before it
 * @param approvedDate the new deadline
 * @param decidedOn the day it was granted
 */
public record ExtensionFact(String extensionId, String assignmentId, String taskId, String taskNumber,
		LocalDate deadlineBefore, LocalDate approvedDate, LocalDate decidedOn) {
}
