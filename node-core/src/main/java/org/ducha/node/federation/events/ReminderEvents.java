package org.ducha.node.federation.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Outbox;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.ReminderReplication;
import org.ducha.node.reminder.ReminderSent;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminders on the federation: sent down on the alert channel (so a prompt is never stuck
 * behind a backlog) to the assignee's node; kept by every relay on the way; re-sent by
 * snapshot while their assignment is open.
 */
@Component
class ReminderEvents {

	private final Outbox outbox;

	private final NodeIdentity self;

	ReminderEvents(Outbox outbox, NodeIdentity self) {
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

	/**
	 * Keeps a reminder from a node above; delivers it here when it is addressed here.
	 */
	@Component
	static class Handler extends SingleEventHandler {

		private final ReminderReplication replication;

		Handler(ReminderReplication replication) {
			this.replication = replication;
		}

		@Override
		public Event.KindCase kind() {
			return Event.KindCase.REMINDER_SENT;
		}

		@Override
		public Optional<String> subjectNode(Event event) {
			return Optional.of(event.getReminderSent().getFromNode());
		}

		@Override
		protected void applyOne(IncomingEvent incoming) {
			org.ducha.proto.federation.v1.ReminderSent sent = incoming.event().getReminderSent();
			if (incoming.link().role() == PeerRole.CHILD) {
				throw new ForbiddenEventException("reminder " + sent.getReminderId() + " travels up from node "
						+ incoming.link().peer() + "; reminders only go down to an assignee");
			}
			if (!sent.getFromNode().equals(incoming.originNode())
					|| !Unit.nodeOf(sent.getFromUnit()).equals(sent.getFromNode())) {
				throw new ForbiddenEventException("reminder " + sent.getReminderId() + " from unit "
						+ sent.getFromUnit() + " is stated by node " + incoming.originNode());
			}
			if (!sent.getToNode().equals(incoming.destinationNode())) {
				throw new MalformedEventException("reminder " + sent.getReminderId() + " to node " + sent.getToNode()
						+ " travels towards node " + incoming.destinationNode());
			}
			this.replication.applySent(ReminderWire.reminder(sent));
		}

	}

	/**
	 * Re-sync of the alert channel towards a child: the open reminders sent into its
	 * subtree from outside it.
	 */
	@Component
	static class Snapshots implements SnapshotContributor {

		private final ReminderReplication replication;

		private final Directory directory;

		Snapshots(ReminderReplication replication, Directory directory) {
			this.replication = replication;
			this.directory = directory;
		}

		@Override
		public Channel channel() {
			return Channel.CHANNEL_ALERT;
		}

		@Override
		public String name() {
			return "reminders";
		}

		@Override
		public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
			if (peer.role() != PeerRole.CHILD) {
				return List.of();
			}
			Set<String> inside = this.directory.spokenForBy(peer);
			return this.replication.openInto(inside, afterKey, limit)
				.stream()
				.map((reminder) -> new SnapshotRecord(reminder.id(), reminder.id(), reminder.fromNode(),
						reminder.toNode(), reminder.sentAt(), ReminderWire.reminderSent(reminder)))
				.toList();
		}

	}

}
