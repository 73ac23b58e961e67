package org.ducha.node.inspection.conclusion.federation;

import java.time.Clock;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.inspection.conclusion.Conclusion;
import org.ducha.node.inspection.conclusion.ConclusionStepTaken;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a conclusion's steps in the transaction that took them: the issue and the review
 * down to the unit's node on the task channel, the signing and the objection up to the
 * issuing node on the report channel; nothing when both are this node.
 */
@Component
class ConclusionSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final Clock clock;

	ConclusionSending(Outbox outbox, NodeIdentity self, Clock clock) {
		this.outbox = outbox;
		this.self = self;
		this.clock = clock;
	}

	@EventListener
	void on(ConclusionStepTaken taken) {
		Conclusion conclusion = taken.conclusion();
		boolean down = switch (conclusion.state()) {
			case ISSUED, REVIEWED -> true;
			case SIGNED, OBJECTED -> false;
			default -> throw new IllegalArgumentException("A " + conclusion.state() + " conclusion does not travel");
		};
		String destination = down ? Unit.nodeOf(conclusion.unitCode()) : conclusion.issuingNode();
		if (destination.equals(this.self.code())) {
			return;
		}
		this.outbox.send(down ? Channel.CHANNEL_TASK : Channel.CHANNEL_REPORT, new Delivery(Ids.newId(),
				this.self.code(), destination, this.clock.instant(), ConclusionWire.of(conclusion)));
	}

}
