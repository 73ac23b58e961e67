package org.ducha.node.inspection.conclusion.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.inspection.conclusion.ConclusionReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps an issued conclusion as its issuing node states it, on its way down to the unit's
 * node. Conclusions only travel down.
 */
@Component
class ConclusionIssuedHandler extends SingleEventHandler {

	private final ConclusionReplication replication;

	ConclusionIssuedHandler(ConclusionReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CONCLUSION_ISSUED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the conclusion's issuing node",
						(event) -> event.getConclusionIssued().getIssuingNode()),
				"the conclusion's plan, unit, text, drafter, approver and day of issue");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.applyIssued(ConclusionWire.conclusion(incoming.event().getConclusionIssued()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
