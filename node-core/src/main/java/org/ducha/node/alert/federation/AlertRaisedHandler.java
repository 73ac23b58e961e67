package org.ducha.node.alert.federation;

import org.ducha.node.alert.AlertDirection;
import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.AlertReplication;
import org.ducha.node.alert.CoordinationReport;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps an alert raised at another node, on its way to its recipient or addressed here.
 */
@Component
class AlertRaisedHandler extends SingleEventHandler {

	private final AlertReplication replication;

	AlertRaisedHandler(AlertReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ALERT_RAISED;
	}

	@Override
	public Authority authority() {
		return Authority.bothWays(Channel.CHANNEL_ALERT,
				Originator.namedBy("the raising node", (event) -> event.getAlertRaised().getFromNode()),
				"an alert once held: its id stated again changes nothing");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		AlertRaised raised = incoming.event().getAlertRaised();
		if (!Unit.nodeOf(raised.getFromUnit()).equals(raised.getFromNode())) {
			throw new ForbiddenEventException("alert " + raised.getAlertId() + " from unit " + raised.getFromUnit()
					+ " is stated by node " + incoming.originNode());
		}
		if (!raised.getToNode().equals(incoming.destinationNode())) {
			throw new MalformedEventException("alert " + raised.getAlertId() + " to node " + raised.getToNode()
					+ " travels towards node " + incoming.destinationNode());
		}
		AlertKind kind = AlertWire.kind(raised.getKind());
		AlertDirection direction = AlertWire.direction(raised.getDirection());
		if (kind.direction() != direction) {
			throw new MalformedEventException("a " + kind + " alert cannot travel " + direction);
		}
		CoordinationReport report = null;
		if (raised.hasCoordinationReport()) {
			if (kind != AlertKind.COORDINATION_REQUEST) {
				throw new MalformedEventException("a " + kind + " alert carries no written coordination report");
			}
			org.ducha.proto.federation.v1.CoordinationReport parts = raised.getCoordinationReport();
			report = new CoordinationReport(parts.getProcess(), parts.getReasons(), parts.getSuggestions());
		}
		AlertDraft draft = new AlertDraft(kind, raised.getToNode(), Wire.orNull(raised.getToUnit()),
				Wire.optionalUuid(raised.getTaskId(), "task"),
				Wire.optionalUuid(raised.getAssignmentId(), "assignment"), raised.getTitle(),
				Wire.orNull(raised.getMessage()), report);
		this.replication.applyRaised(Wire.uuid(raised.getAlertId(), "alert"), draft, direction, raised.getFromNode(),
				raised.getFromUnit(), raised.getRaisedBy(), Wire.instant(raised.getRaisedAt()));
	}

}
