package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentDetail;
import org.ducha.node.task.AssignmentReturn;
import org.ducha.node.task.ResponsiblePerson;

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
 * @param responsible its responsible person (责任人); null until named
 * @param percentComplete latest reported progress
 * @param lastReportedAt when the latest report was written
 * @param light GREEN, YELLOW or RED
 * @param lightReason why
 * @param originalDeadline the deadline it was issued with (or the issuer revised it to),
 * kept for assessment
 * @param dueDate the deadline in force: the original, or an approved extension's
 * @param extendedDeadline the deadline after approved extensions; null while the original
 * holds
 * @param returned the assignee's return, when it returned the assignment
 * @param completion the assignee's completion request and the issuer's decision, once
 * asked
 * @param signBy the last day to sign (签收时限): an assignment still PENDING_SIGN after it is
 * claim-overdue; null before it was computed
 */
record AssignmentResponse(String id, String taskId, String unitCode, String unitNode, String role, String status,
		Instant signedAt, String signedBy, ResponsiblePerson responsible, int percentComplete, Instant lastReportedAt,
		String light, String lightReason, LocalDate originalDeadline, LocalDate dueDate, LocalDate extendedDeadline,
		Returned returned, Completion completion, LocalDate signBy) {

	static AssignmentResponse of(AssignmentDetail detail) {
		Assignment assignment = detail.assignment();
		AssignmentReturn back = assignment.getReturned();
		Returned returned = (back != null) ? new Returned(back.at(), back.by(), back.reason(), back.replacedBy())
				: null;
		Completion completion = (assignment.getCompletionRequestedAt() != null)
				? new Completion(assignment.getCompletionRequestedAt(), assignment.getCompletionRequestedBy(),
						assignment.getCompletionEvidence(), AttachmentView.of(detail.evidence()),
						assignment.getDecidedAt(), assignment.getDecidedBy(), assignment.getDecisionReason())
				: null;
		return new AssignmentResponse(assignment.getId(), assignment.getTaskId(), assignment.getUnitCode(),
				assignment.getUnitNode(), assignment.getRole().name(), assignment.getStatus().name(),
				assignment.getSignedAt(), assignment.getSignedBy(), assignment.getResponsible(),
				assignment.getPercentComplete(), assignment.getLastReportedAt(), assignment.getLight(),
				assignment.getLightReason(), detail.originalDeadline(), detail.dueDate(), assignment.getDueDate(),
				returned, completion, assignment.getSignBy());
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
	 * @param attachments the documents that prove it (of the latest request that carried
	 * any)
	 * @param decidedAt when the issuer decided; null while waiting
	 * @param decidedBy who decided
	 * @param decisionReason why refused, or a remark on the approval
	 */
	record Completion(Instant requestedAt, String requestedBy, String evidence, List<AttachmentView> attachments,
			Instant decidedAt, String decidedBy, String decisionReason) {
	}

}
