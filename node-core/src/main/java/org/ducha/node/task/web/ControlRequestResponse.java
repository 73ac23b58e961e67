package org.ducha.node.task.web;

import java.time.Instant;

import org.ducha.node.task.ControlRequest;

/**
 * A request to suspend or withdraw a task, and the leader's decision on it.
 *
 * @param id id
 * @param kind SUSPEND or WITHDRAW
 * @param reason why it is asked
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status PENDING, APPROVED or REFUSED
 * @param decidedBy the leader who decided
 * @param decidedAt when
 * @param decisionReason why refused, or a remark on the approval
 */
record ControlRequestResponse(String id, String kind, String reason, String requestedBy, Instant requestedAt,
		String status, String decidedBy, Instant decidedAt, String decisionReason) {

	static ControlRequestResponse of(ControlRequest request) {
		return new ControlRequestResponse(request.getId(), request.getKind().name(), request.getReason(),
				request.getRequestedBy(), request.getRequestedAt(), request.getStatus().name(), request.getDecidedBy(),
				request.getDecidedAt(), request.getDecisionReason());
	}

}
