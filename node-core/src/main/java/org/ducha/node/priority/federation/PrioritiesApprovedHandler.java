package org.ducha.node.priority.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.priority.PriorityReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a higher node's approved priorities on their way down (docs/protocol.md,
 * "Authority"): only their node originates them, they travel down only, and a copy's
 * node, year and items never change — a child can neither originate nor alter a parent's
 * priorities.
 */
@Component
class PrioritiesApprovedHandler extends SingleEventHandler {

	private final PriorityReplication replication;

	PrioritiesApprovedHandler(PriorityReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ANNUAL_PRIORITIES_APPROVED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_REFERENCE,
				Originator.namedBy("the priorities' node",
						(event) -> event.getAnnualPrioritiesApproved().getNodeCode()),
				"the priorities' node, year and items");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.apply(PrioritiesWire.priorities(incoming.event().getAnnualPrioritiesApproved()),
					incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
