package org.ducha.node.inspection.finding.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.inspection.finding.RectificationReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a rectification requirement as its issuing node states it, on its way down to the
 * unit's node. Requirements only travel down.
 */
@Component
class RectificationStatedHandler extends SingleEventHandler {

	private final RectificationReplication replication;

	RectificationStatedHandler(RectificationReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.INSPECTION_RECTIFICATION_STATED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the requirement's issuing node",
						(event) -> event.getInspectionRectificationStated().getIssuingNode()),
				"the requirement's finding, plan, issuer, unit, requirement and deadline");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.applyRequirement(
					RectificationWire.rectification(incoming.event().getInspectionRectificationStated()),
					incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
