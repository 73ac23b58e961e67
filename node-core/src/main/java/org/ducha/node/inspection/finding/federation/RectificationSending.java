package org.ducha.node.inspection.finding.federation;

import java.time.Clock;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.inspection.finding.Rectification;
import org.ducha.node.inspection.finding.RectificationStated;
import org.ducha.node.inspection.finding.UnitReportFiled;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what this node states about rectification, in the transaction that stated it: a
 * requirement for a unit below goes down to the unit's node on the task channel; a unit's
 * report goes up to the requirement's issuer on the report channel, its attachments
 * pushed after it.
 */
@Component
class RectificationSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final AttachmentPushes attachments;

	private final Clock clock;

	RectificationSending(Outbox outbox, NodeIdentity self, AttachmentPushes attachments, Clock clock) {
		this.outbox = outbox;
		this.self = self;
		this.attachments = attachments;
		this.clock = clock;
	}

	@EventListener
	void on(RectificationStated stated) {
		Rectification rectification = stated.rectification();
		String unitNode = Unit.nodeOf(rectification.unitCode());
		if (!unitNode.equals(this.self.code())) {
			send(Channel.CHANNEL_TASK, unitNode, RectificationWire.stated(rectification));
		}
	}

	@EventListener
	void on(UnitReportFiled filed) {
		if (!filed.issuingNode().equals(this.self.code())) {
			send(Channel.CHANNEL_REPORT, filed.issuingNode(), RectificationWire.reported(filed.report()));
			this.attachments.sending(filed.report().attachments(), filed.issuingNode());
		}
	}

	private void send(Channel channel, String destination, Event event) {
		this.outbox.send(channel,
				new Delivery(Ids.newId(), this.self.code(), destination, this.clock.instant(), event));
	}

}
