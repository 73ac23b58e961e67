package org.ducha.node.accountability.federation;

import java.time.Clock;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.accountability.LadderStep;
import org.ducha.node.accountability.RectificationFiled;
import org.ducha.node.accountability.RectificationReport;
import org.ducha.node.accountability.StepStated;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what this node states on the ladder, in the transaction that stated it. A step
 * goes on the alert channel down to its unit's node (the relays keep copies) and up to
 * the root (every ancestor keeps a copy): each copy is the issuer's own fact, so no node
 * ever restates another's. A rectification report goes up to the root on the report
 * channel, through the notice's issuer.
 */
@Component
class LadderSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	private final Clock clock;

	LadderSending(Outbox outbox, NodeIdentity self, Ancestry ancestry, Clock clock) {
		this.outbox = outbox;
		this.self = self;
		this.ancestry = ancestry;
		this.clock = clock;
	}

	@EventListener
	void on(StepStated stated) {
		LadderStep step = stated.step();
		String unitNode = Unit.nodeOf(step.unitCode());
		if (!unitNode.equals(this.self.code())) {
			send(Channel.CHANNEL_ALERT, unitNode, LadderWire.stated(step));
		}
		List<String> above = this.ancestry.codes();
		if (!above.isEmpty()) {
			send(Channel.CHANNEL_ALERT, above.get(above.size() - 1), LadderWire.stated(step));
		}
	}

	@EventListener
	void on(RectificationFiled filed) {
		RectificationReport report = filed.report();
		List<String> above = this.ancestry.codes();
		if (!above.isEmpty()) {
			send(Channel.CHANNEL_REPORT, above.get(above.size() - 1), LadderWire.reported(report));
		}
	}

	private void send(Channel channel, String destination, org.ducha.proto.federation.v1.Event event) {
		this.outbox.send(channel,
				new Delivery(Ids.newId(), this.self.code(), destination, this.clock.instant(), event));
	}

}
