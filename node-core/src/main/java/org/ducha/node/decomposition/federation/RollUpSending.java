package org.ducha.node.decomposition.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.decomposition.ProgressRolledUp;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a new roll-up revision computed here up to the issuer of the decomposed
 * assignment's task (report channel), in the transaction that computed it.
 */
@Component
class RollUpSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	RollUpSending(Outbox outbox, NodeIdentity self) {
		this.outbox = outbox;
		this.self = self;
	}

	@EventListener
	void on(ProgressRolledUp rolledUp) {
		if (rolledUp.issuingNode().equals(this.self.code())) {
			return;
		}
		this.outbox.send(Channel.CHANNEL_REPORT, new Delivery(Ids.newId(), this.self.code(), rolledUp.issuingNode(),
				rolledUp.rollUp().computedAt(), RollUpWire.rolledUp(rolledUp)));
	}

}
