package org.ducha.node.accountability.federation;

import org.ducha.node.accountability.LadderReplication;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a ladder step as its issuing node states it, on its way down to the unit's node
 * or up to the root; the unit's node delivers it to the unit's inbox.
 */
@Component
class LadderStepStatedHandler extends SingleEventHandler {

	private final LadderReplication replication;

	LadderStepStatedHandler(LadderReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.LADDER_STEP_STATED;
	}

	@Override
	public Authority authority() {
		return Authority.bothWays(Channel.CHANNEL_ALERT,
				Originator.namedBy("the step's issuing node", (event) -> event.getLadderStepStated().getIssuingNode()),
				"the step's issuer, kind, unit and person");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.applyStep(LadderWire.step(incoming.event().getLadderStepStated()), incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
