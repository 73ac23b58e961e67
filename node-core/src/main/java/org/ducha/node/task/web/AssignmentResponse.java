package org.ducha.node.task.web;

import java.time.Instant;

import org.ducha.node.task.Assignment;

/**
 * An assignment.
 *
 * @param id id
 * @param taskId its task
 * @param unitCode assignee unit
 * @param unitNode assignee node
 * @param role LEAD or CO
 * @param status lifecycle status
 * @param signedAt when signed
 * @param signedBy who signed
 * @param percentComplete latest reported progress
 * @param lastReportedAt when the latest report was written
 * @param light GREEN, YELLOW or RED
 * @param lightReason why
 */
record AssignmentResponse(String id, String taskId, String unitCode, String unitNode, String role, String status,
		Instant signedAt, String signedBy, int percentComplete, Instant lastReportedAt, String light,
		String lightReason) {

	static AssignmentResponse of(Assignment assignment) {
		return new AssignmentResponse(assignment.getId(), assignment.getTaskId(), assignment.getUnitCode(),
				assignment.getUnitNode(), assignment.getRole().name(), assignment.getStatus().name(),
				assignment.getSignedAt(), assignment.getSignedBy(), assignment.getPercentComplete(),
				assignment.getLastReportedAt(), assignment.getLight(), assignment.getLightReason());
	}

}
