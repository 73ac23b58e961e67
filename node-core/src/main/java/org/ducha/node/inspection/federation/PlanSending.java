package org.ducha.node.inspection.federation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.inspection.InspectionPlan;
import org.ducha.node.inspection.PlanObject;
import org.ducha.node.inspection.PlanStated;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends this node's plans, in the transaction of their step, on the alert channel: down
 * to the node of each unit inspected (the relays keep copies) and up to the root (every
 * ancestor keeps one). An unannounced plan is never sent before it is carried out:
 * {@link PlanStated} is not published for it, and this sender checks it again, since a
 * leak cannot be called back.
 */
@Component
class PlanSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	private final Clock clock;

	PlanSending(Outbox outbox, NodeIdentity self, Ancestry ancestry, Clock clock) {
		this.outbox = outbox;
		this.self = self;
		this.ancestry = ancestry;
		this.clock = clock;
	}

	@EventListener
	void on(PlanStated stated) {
		InspectionPlan plan = stated.plan();
		if (!plan.facts().revealed() || !plan.planningNode().equals(this.self.code())) {
			throw new IllegalStateException("Inspection plan " + plan.id() + " is not this node's to send now");
		}
		Set<String> destinations = new LinkedHashSet<>();
		for (PlanObject object : plan.content().objects()) {
			String node = Unit.nodeOf(object.unitCode());
			if (!node.equals(this.self.code())) {
				destinations.add(node);
			}
		}
		List<String> above = this.ancestry.codes();
		if (!above.isEmpty()) {
			destinations.add(above.get(above.size() - 1));
		}
		for (String destination : destinations) {
			this.outbox.send(Channel.CHANNEL_ALERT, new Delivery(Ids.newId(), this.self.code(), destination,
					this.clock.instant(), PlanWire.stated(plan, this.clock.instant())));
		}
	}

}
