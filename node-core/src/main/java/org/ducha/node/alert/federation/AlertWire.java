package org.ducha.node.alert.federation;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertDirection;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.CoordinationReport;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.AlertAcknowledged;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.Event;

/**
 * Alerts and their signings to wire events, for live events and re-sync records alike,
 * and the alert's enumerations both ways. Unknown wire values are refused as malformed.
 */
final class AlertWire {

	private AlertWire() {
	}

	static Event alertRaised(Alert alert) {
		AlertRaised.Builder raised = AlertRaised.newBuilder();
		CoordinationReport report = alert.getCoordinationReport();
		if (report != null) {
			raised.setCoordinationReport(org.ducha.proto.federation.v1.CoordinationReport.newBuilder()
				.setProcess(Wire.text(report.process()))
				.setReasons(Wire.text(report.reasons()))
				.setSuggestions(Wire.text(report.suggestions())));
		}
		return Event.newBuilder()
			.setAlertRaised(raised.setAlertId(alert.getId())
				.setDirection(direction(alert.getDirection()))
				.setKind(kind(alert.getKind()))
				.setFromNode(alert.getFromNode())
				.setFromUnit(alert.getFromUnit())
				.setToNode(alert.getToNode())
				.setToUnit(Wire.text(alert.getToUnit()))
				.setTaskId(Wire.text(alert.getTaskId()))
				.setAssignmentId(Wire.text(alert.getAssignmentId()))
				.setTitle(Wire.text(alert.getTitle()))
				.setMessage(Wire.text(alert.getMessage()))
				.setRaisedBy(Wire.text(alert.getRaisedBy()))
				.setRaisedAt(Wire.timestamp(alert.getRaisedAt())))
			.build();
	}

	static Event alertAcknowledged(Alert alert) {
		return Event.newBuilder()
			.setAlertAcknowledged(AlertAcknowledged.newBuilder()
				.setAlertId(alert.getId())
				.setRecipientNode(alert.getToNode())
				.setAcknowledgedBy(Wire.text(alert.getAcknowledgedBy()))
				.setAcknowledgedAt(Wire.timestamp(alert.getAcknowledgedAt()))
				.setNote(Wire.text(alert.getNote())))
			.build();
	}

	static org.ducha.proto.federation.v1.AlertDirection direction(AlertDirection direction) {
		return org.ducha.proto.federation.v1.AlertDirection.valueOf("ALERT_DIRECTION_" + direction.name());
	}

	static AlertDirection direction(org.ducha.proto.federation.v1.AlertDirection direction) {
		return Wire.enumValue(AlertDirection.class, direction.name(), "ALERT_DIRECTION_");
	}

	static org.ducha.proto.federation.v1.AlertKind kind(AlertKind kind) {
		return org.ducha.proto.federation.v1.AlertKind.valueOf("ALERT_KIND_" + kind.name());
	}

	static AlertKind kind(org.ducha.proto.federation.v1.AlertKind kind) {
		return Wire.enumValue(AlertKind.class, kind.name(), "ALERT_KIND_");
	}

}
