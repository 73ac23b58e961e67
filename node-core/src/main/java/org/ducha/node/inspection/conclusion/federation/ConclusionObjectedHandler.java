package org.ducha.node.inspection.conclusion.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.inspection.conclusion.ConclusionReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ConclusionObjected;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps the unit's objection to a conclusion as the unit's node states it, on its way up
 * to the issuer, who reviews it. Objections only travel up.
 */
@Component
class ConclusionObjectedHandler extends SingleEventHandler {

	private final ConclusionReplication replication;

	ConclusionObjectedHandler(ConclusionReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CONCLUSION_OBJECTED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the unit's node",
						(event) -> Unit.nodeOf(event.getConclusionObjected().getUnitCode())),
				"the conclusion's issuer and unit, the objection's day, author, reasons and attachments");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ConclusionObjected objected = incoming.event().getConclusionObjected();
		try {
			this.replication.applyObjection(ConclusionWire.ref(objected), ConclusionWire.objection(objected));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
