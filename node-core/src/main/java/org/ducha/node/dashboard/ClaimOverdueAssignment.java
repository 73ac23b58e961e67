package org.ducha.node.dashboard;

import java.time.LocalDate;

/**
 * An assignment still waiting to be signed after its signing limit.
 *
 * @param assignmentId the assignment
 * @param taskId its task
 * @param taskNumber the task's human number
 * @param taskTitle the task's title
 * @param unitCode the unit
 * @param unitName its name (its code when this node does not know it)
 * @param nodeCode the node the unit belongs to
 * @param role LEAD or CO
 * @param signBy the last day it was to be signed
 * @param workingDaysOverdue working days after that day up to and including today
 */
public record ClaimOverdueAssignment(String assignmentId, String taskId, String taskNumber, String taskTitle,
		String unitCode, String unitName, String nodeCode, String role, LocalDate signBy, int workingDaysOverdue) {
}
