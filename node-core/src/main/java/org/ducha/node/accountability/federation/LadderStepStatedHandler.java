package org.ducha.node.accountability.federation;

import java.util.Optional;

import org.ducha.node.accountability.LadderReplication;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.problem.ForbiddenException;
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
	public Optional<String> subjectNode(Event event) {
		return Optional.of(event.getLadderStepStated().getIssuingNode());
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
