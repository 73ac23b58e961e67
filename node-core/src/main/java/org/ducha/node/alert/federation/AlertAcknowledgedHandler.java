package org.ducha.node.alert.federation;

import org.ducha.node.alert.AlertReplication;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.AlertAcknowledged;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Records that an alert's recipient signed for it, as the recipient's node states it.
 */
@Component
class AlertAcknowledgedHandler extends SingleEventHandler {

	private final AlertReplication replication;

	AlertAcknowledgedHandler(AlertReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ALERT_ACKNOWLEDGED;
	}

	@Override
	public Authority authority() {
		return Authority.bothWays(Channel.CHANNEL_ALERT, Originator.namedBy("the alert's recipient node",
				(event) -> event.getAlertAcknowledged().getRecipientNode()), "the alert's recipient");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		AlertAcknowledged acknowledged = incoming.event().getAlertAcknowledged();
		try {
			this.replication.applyAcknowledged(Wire.uuid(acknowledged.getAlertId(), "alert"), incoming.originNode(),
					acknowledged.getAcknowledgedBy(), Wire.instant(acknowledged.getAcknowledgedAt()),
					Wire.orNull(acknowledged.getNote()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
