package org.ducha.node.inspection.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.inspection.PlanReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps an inspection plan as its planning node states it, on its way down to the nodes
 * of its objects or up to the root (docs/protocol.md, "Authority"): only the planner
 * originates it; an unannounced plan not yet carried out is refused wherever it arrives.
 */
@Component
class PlanStatedHandler extends SingleEventHandler {

	private final PlanReplication replication;

	PlanStatedHandler(PlanReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.INSPECTION_PLAN_STATED;
	}

	@Override
	public Authority authority() {
		return Authority.bothWays(Channel.CHANNEL_ALERT,
				Originator.namedBy("the plan's planning node",
						(event) -> event.getInspectionPlanStated().getPlanningNode()),
				"the plan's planner, title, kind, methods, period, units and basis");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.apply(PlanWire.plan(incoming.event().getInspectionPlanStated()), incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
