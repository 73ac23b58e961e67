package org.ducha.node.priority.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.priority.AnnualPriorities;
import org.ducha.node.priority.PrioritiesApproved;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends this node's approved priorities to every node below (reference channel), in the
 * transaction of the approval.
 */
@Component
class PrioritiesSending {

	private final Outbox outbox;

	private final Directory directory;

	private final NodeIdentity self;

	PrioritiesSending(Outbox outbox, Directory directory, NodeIdentity self) {
		this.outbox = outbox;
		this.directory = directory;
		this.self = self;
	}

	@EventListener
	void on(PrioritiesApproved approved) {
		AnnualPriorities priorities = approved.priorities();
		if (!priorities.nodeCode().equals(this.self.code())) {
			throw new IllegalStateException("Priorities " + priorities.id() + " are not this node's to send");
		}
		Event event = PrioritiesWire.approved(priorities);
		for (DirectoryNode node : this.directory.all()) {
			this.outbox.send(Channel.CHANNEL_REFERENCE,
					new Delivery(Ids.newId(), this.self.code(), node.code(), priorities.approvedAt(), event));
		}
	}

}
