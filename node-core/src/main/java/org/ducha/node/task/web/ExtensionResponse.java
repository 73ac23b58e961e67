package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.task.ExtensionRequest;

/**
 * An extension request and its decision.
 *
 * @param id id
 * @param assignmentId the assignment
 * @param taskId its task
 * @param unitCode the asking unit
 * @param requestedBy who asked
 * @param requestedAt when
 * @param deadlineBefore the deadline in force when asking (the original is the task's)
 * @param requestedDate the date asked for
 * @param reason why
 * @param status PENDING, APPROVED or REFUSED
 * @param approvedDate the new deadline when approved
 * @param decidedBy who decided
 * @param decidedAt when
 * @param decisionReason why refused, or a remark
 */
record ExtensionResponse(String id, String assignmentId, String taskId, String unitCode, String requestedBy,
		Instant requestedAt, LocalDate deadlineBefore, LocalDate requestedDate, String reason, String status,
		LocalDate approvedDate, String decidedBy, Instant decidedAt, String decisionReason) {

	static ExtensionResponse of(ExtensionRequest request) {
		return new ExtensionResponse(request.getId(), request.getAssignmentId(), request.getTaskId(),
				request.getUnitCode(), request.getRequestedBy(), request.getRequestedAt(), request.getDeadlineBefore(),
				request.getRequestedDate(), request.getReason(), request.getStatus().name(), request.getApprovedDate(),
				request.getDecidedBy(), request.getDecidedAt(), request.getDecisionReason());
	}

}
