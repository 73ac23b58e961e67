package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentReturn;

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
 * @param extendedDeadline the deadline after approved extensions; null while the task's
 * holds
 * @param returned the assignee's return, when it returned the assignment
 * @param completion the assignee's completion request and the issuer's decision, once
 * asked
 * @param signBy the last day to sign (签收时限): an assignment still PENDING_SIGN after it is
 * claim-overdue; null before it was computed
 */
record AssignmentResponse(String id, String taskId, String unitCode, String unitNode, String role, String status,
		Instant signedAt, String signedBy, int percentComplete, Instant lastReportedAt, String light,
		String lightReason, LocalDate extendedDeadline, Returned returned, Completion completion, LocalDate signBy) {

	static AssignmentResponse of(Assignment assignment) {
		AssignmentReturn r = assignment.returned();
		Returned returned = (r != null) ? new Returned(r.returnedAt(), r.returnedBy(), r.returnReason(), r.replacedBy())
				: null;
		Completion completion = (assignment.getCompletionRequestedAt() != null)
				? new Completion(assignment.getCompletionRequestedAt(), assignment.getCompletionRequestedBy(),
						assignment.getCompletionEvidence(), assignment.getDecidedAt(), assignment.getDecidedBy(),
						assignment.getDecisionReason())
				: null;
		return new AssignmentResponse(assignment.getId(), assignment.getTaskId(), assignment.getUnitCode(),
				assignment.getUnitNode(), assignment.getRole().name(), assignment.getStatus().name(),
				assignment.getSignedAt(), assignment.getSignedBy(), assignment.getPercentComplete(),
				assignment.getLastReportedAt(), assignment.getLight(), assignment.getLightReason(),
				assignment.getDueDate(), returned, completion, assignment.getSignBy());
	}

	/**
	 * A return to the issuer (退回).
	 *
	 * @param at when
	 * @param by who
	 * @param reason why the assignment is not the unit's
	 * @param replacedBy the assignment the issuer handed the task to instead, once
	 * reassigned
	 */
	record Returned(Instant at, String by, String reason, String replacedBy) {
	}

	/**
	 * The latest completion request and the decision on it.
	 *
	 * @param requestedAt when asked
	 * @param requestedBy who asked
	 * @param evidence what was done
	 * @param decidedAt when the issuer decided; null while waiting
	 * @param decidedBy who decided
	 * @param decisionReason why refused, or a remark on the approval
	 */
	record Completion(Instant requestedAt, String requestedBy, String evidence, Instant decidedAt, String decidedBy,
			String decisionReason) {
	}

}
