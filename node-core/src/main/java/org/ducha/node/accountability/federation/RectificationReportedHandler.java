package org.ducha.node.accountability.federation;

import org.ducha.node.accountability.LadderReplication;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a unit's rectification report as the unit's node states it, on its way up to the
 * root through the notice's issuer. Reports only travel up.
 */
@Component
class RectificationReportedHandler extends SingleEventHandler {

	private final LadderReplication replication;

	RectificationReportedHandler(LadderReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.RECTIFICATION_REPORTED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the unit's node",
						(event) -> Unit.nodeOf(event.getRectificationReported().getUnitCode())),
				"the notice it answers and its unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.applyRectification(LadderWire.report(incoming.event().getRectificationReported()),
					incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
