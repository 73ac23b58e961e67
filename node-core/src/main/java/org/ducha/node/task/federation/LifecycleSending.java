package org.ducha.node.task.federation;

import java.time.Instant;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentReturned;
import org.ducha.node.task.CompletionDecided;
import org.ducha.node.task.CompletionRequested;
import org.ducha.node.task.ExtensionDecided;
import org.ducha.node.task.ExtensionRequested;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends an assignment's lifecycle steps born here, in the transaction that took them: the
 * assignee's requests up to the issuer (report channel), the issuer's decisions down to
 * the assignee (task channel).
 */
@Component
class LifecycleSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	LifecycleSending(Outbox outbox, NodeIdentity self) {
		this.outbox = outbox;
		this.self = self;
	}

	@EventListener
	void on(AssignmentReturned returned) {
		Assignment assignment = returned.assignment();
		toIssuer(returned.issuingNode(), assignment.returned().returnedAt(), LifecycleWire.returned(assignment));
	}

	@EventListener
	void on(CompletionRequested requested) {
		Assignment assignment = requested.assignment();
		toIssuer(requested.issuingNode(), assignment.getCompletionRequestedAt(),
				LifecycleWire.completionRequested(assignment));
	}

	@EventListener
	void on(CompletionDecided decided) {
		Assignment assignment = decided.assignment();
		toAssignee(assignment.getUnitNode(), assignment.getDecidedAt(),
				LifecycleWire.completionDecided(assignment, this.self.code(), decided.approved()));
	}

	@EventListener
	void on(ExtensionRequested requested) {
		toIssuer(requested.issuingNode(), requested.request().getRequestedAt(),
				LifecycleWire.extensionRequested(requested.request()));
	}

	@EventListener
	void on(ExtensionDecided decided) {
		String unitNode = org.ducha.node.unit.Unit.nodeOf(decided.request().getUnitCode());
		toAssignee(unitNode, decided.request().getDecidedAt(),
				LifecycleWire.extensionDecided(decided.request(), this.self.code()));
	}

	private void toIssuer(String issuingNode, Instant at, Event event) {
		send(Channel.CHANNEL_REPORT, issuingNode, at, event);
	}

	private void toAssignee(String unitNode, Instant at, Event event) {
		send(Channel.CHANNEL_TASK, unitNode, at, event);
	}

	private void send(Channel channel, String destination, Instant at, Event event) {
		if (!destination.equals(this.self.code())) {
			this.outbox.send(channel, new Delivery(Ids.newId(), this.self.code(), destination, at, event));
		}
	}

}
