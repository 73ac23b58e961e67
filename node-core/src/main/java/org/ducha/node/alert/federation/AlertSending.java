package org.ducha.node.alert.federation;

import java.time.Instant;

import org.ducha.node.NodeIdentity;
import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertAcknowledged;
import org.ducha.node.alert.AlertRaised;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends an alert raised here to its recipient, and the signing of an alert received here
 * back to its sender (alert channel), in the transaction that made them.
 */
@Component
class AlertSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	AlertSending(Outbox outbox, NodeIdentity self) {
		this.outbox = outbox;
		this.self = self;
	}

	@EventListener
	void on(AlertRaised raised) {
		Alert alert = raised.alert();
		if (!alert.getToNode().equals(this.self.code())) {
			send(alert.getToNode(), alert.getRaisedAt(), AlertWire.alertRaised(alert));
		}
	}

	@EventListener
	void on(AlertAcknowledged acknowledged) {
		Alert alert = acknowledged.alert();
		if (!alert.getFromNode().equals(this.self.code())) {
			send(alert.getFromNode(), alert.getAcknowledgedAt(), AlertWire.alertAcknowledged(alert));
		}
	}

	private void send(String destination, Instant occurredAt, Event event) {
		this.outbox.send(Channel.CHANNEL_ALERT,
				new Delivery(Ids.newId(), this.self.code(), destination, occurredAt, event));
	}

}
