package org.ducha.node.task.federation;

import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.ExtensionRequest;
import org.ducha.proto.federation.v1.AssignmentReturned;
import org.ducha.proto.federation.v1.CompletionDecided;
import org.ducha.proto.federation.v1.CompletionRequested;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ExtensionDecided;
import org.ducha.proto.federation.v1.ExtensionRequested;

/**
 * An assignment's lifecycle steps to wire events, for live events and re-sync alike, and
 * what a step must satisfy to be read.
 */
final class LifecycleWire {

	private LifecycleWire() {
	}

	static Event returned(Assignment assignment) {
		return Event.newBuilder()
			.setAssignmentReturned(AssignmentReturned.newBuilder()
				.setAssignmentId(assignment.getId())
				.setTaskId(assignment.getTaskId())
				.setUnitCode(assignment.getUnitCode())
				.setReturnedBy(Wire.text(assignment.returned().returnedBy()))
				.setReturnedAt(Wire.timestamp(assignment.returned().returnedAt()))
				.setReason(Wire.text(assignment.returned().returnReason()))
				.setLifecycleStep(assignment.getLifecycleStep()))
			.build();
	}

	static Event completionRequested(Assignment assignment) {
		return Event.newBuilder()
			.setCompletionRequested(CompletionRequested.newBuilder()
				.setAssignmentId(assignment.getId())
				.setTaskId(assignment.getTaskId())
				.setUnitCode(assignment.getUnitCode())
				.setRequestedBy(Wire.text(assignment.getCompletionRequestedBy()))
				.setRequestedAt(Wire.timestamp(assignment.getCompletionRequestedAt()))
				.setEvidence(Wire.text(assignment.getCompletionEvidence()))
				.setLifecycleStep(assignment.getLifecycleStep()))
			.build();
	}

	static Event completionDecided(Assignment assignment, String issuingNode, boolean approved) {
		return Event.newBuilder()
			.setCompletionDecided(CompletionDecided.newBuilder()
				.setAssignmentId(assignment.getId())
				.setTaskId(assignment.getTaskId())
				.setIssuingNode(issuingNode)
				.setApproved(approved)
				.setDecidedBy(Wire.text(assignment.getDecidedBy()))
				.setDecidedAt(Wire.timestamp(assignment.getDecidedAt()))
				.setReason(Wire.text(assignment.getDecisionReason()))
				.setLifecycleStep(assignment.getLifecycleStep()))
			.build();
	}

	static Event extensionRequested(ExtensionRequest request) {
		return Event.newBuilder()
			.setExtensionRequested(ExtensionRequested.newBuilder()
				.setRequestId(request.getId())
				.setAssignmentId(request.getAssignmentId())
				.setTaskId(request.getTaskId())
				.setUnitCode(request.getUnitCode())
				.setRequestedBy(Wire.text(request.getRequestedBy()))
				.setRequestedAt(Wire.timestamp(request.getRequestedAt()))
				.setCurrentDate(request.getDeadlineBefore().toString())
				.setRequestedDate(request.getRequestedDate().toString())
				.setReason(Wire.text(request.getReason())))
			.build();
	}

	static Event extensionDecided(ExtensionRequest request, String issuingNode) {
		return Event.newBuilder()
			.setExtensionDecided(ExtensionDecided.newBuilder()
				.setRequestId(request.getId())
				.setAssignmentId(request.getAssignmentId())
				.setTaskId(request.getTaskId())
				.setIssuingNode(issuingNode)
				.setApproved(request.getStatus() == ExtensionRequest.Status.APPROVED)
				.setApprovedDate((request.getApprovedDate() != null) ? request.getApprovedDate().toString() : "")
				.setDecidedBy(Wire.text(request.getDecidedBy()))
				.setDecidedAt(Wire.timestamp(request.getDecidedAt()))
				.setReason(Wire.text(request.getDecisionReason())))
			.build();
	}

	/**
	 * A decision is the issuer's fact: only the issuing node may state it.
	 * @throws ForbiddenEventException when another node does
	 */
	static void requireIssuerAsOrigin(String issuingNode, IncomingEvent incoming) {
		if (!issuingNode.equals(incoming.originNode())) {
			throw new ForbiddenEventException(
					"a decision of node " + issuingNode + " is stated by node " + incoming.originNode());
		}
	}

}
