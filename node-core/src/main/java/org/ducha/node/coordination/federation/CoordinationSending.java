package org.ducha.node.coordination.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.coordination.Coordination;
import org.ducha.node.coordination.CoordinationRecorded;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a lead unit's coordination attempt recorded here up to the task's issuer on the
 * report channel (an assignee's fact), in the transaction that recorded it.
 */
@Component
class CoordinationSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	CoordinationSending(Outbox outbox, NodeIdentity self) {
		this.outbox = outbox;
		this.self = self;
	}

	@EventListener
	void on(CoordinationRecorded recorded) {
		Coordination coordination = recorded.coordination();
		if (!recorded.issuingNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_REPORT, new Delivery(Ids.newId(), this.self.code(), recorded.issuingNode(),
					coordination.getRecordedAt(), CoordinationWire.recorded(coordination)));
		}
	}

}
