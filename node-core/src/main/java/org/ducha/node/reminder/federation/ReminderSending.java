package org.ducha.node.reminder.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.ReminderSent;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder made here down to the assignee's node on the alert channel, so that a
 * prompt is never stuck behind a backlog, in the transaction that made it.
 */
@Component
class ReminderSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	ReminderSending(Outbox outbox, NodeIdentity self) {
		this.outbox = outbox;
		this.self = self;
	}

	@EventListener
	void on(ReminderSent sent) {
		Reminder reminder = sent.reminder();
		if (!reminder.toNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_ALERT, new Delivery(Ids.newId(), this.self.code(), reminder.toNode(),
					reminder.sentAt(), ReminderWire.reminderSent(reminder)));
		}
	}

}
