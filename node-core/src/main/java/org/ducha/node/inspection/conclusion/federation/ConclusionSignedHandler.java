package org.ducha.node.inspection.conclusion.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.conclusion.ConclusionReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ConclusionSigned;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps the unit's signing of a conclusion as the unit's node states it, on its way up to
 * the issuer. Signings only travel up.
 */
@Component
class ConclusionSignedHandler extends SingleEventHandler {

	private final ConclusionReplication replication;

	ConclusionSignedHandler(ConclusionReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CONCLUSION_SIGNED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the unit's node",
						(event) -> Unit.nodeOf(event.getConclusionSigned().getUnitCode())),
				"the conclusion's issuer and unit, the day of signing and who signed");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ConclusionSigned signed = incoming.event().getConclusionSigned();
		try {
			this.replication.applySigned(ConclusionWire.ref(signed), Wire.date(signed.getSignedOn()),
					signed.getSignedBy());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
