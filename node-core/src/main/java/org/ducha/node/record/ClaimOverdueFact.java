package org.ducha.node.record;

import java.time.LocalDate;

/**
 * An assignment (lead or co-unit) not signed by its signing limit, the limit falling in
 * the period (docs/business-rules.md §6.7). It counts on the limit.
 *
 * @param assignmentId the assignment
 * @param taskId its task
 * @param taskNumber the task's human number
 * @param role LEAD or CO
 * @param signBy the last day to sign it
 * @param signedOn the day it was signed late; null while unsigned
 * @param workingDaysLate working days after the limit up to the signing or the period's
 * end (or today, if earlier)
 */
public record ClaimOverdueFact(String assignmentId, String taskId, String taskNumber, String role, LocalDate signBy,
		LocalDate signedOn, int workingDaysLate) {
}
