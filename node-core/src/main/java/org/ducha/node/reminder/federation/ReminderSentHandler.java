package org.ducha.node.reminder.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.reminder.ReminderReplication;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ReminderSent;

import org.springframework.stereotype.Component;

/**
 * Keeps a reminder from a node above; delivers it here when it is addressed here.
 * Reminders only travel down, in the name of the node that sent them.
 */
@Component
class ReminderSentHandler extends SingleEventHandler {

	private final ReminderReplication replication;

	ReminderSentHandler(ReminderReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.REMINDER_SENT;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_ALERT,
				Originator.namedBy("the urging node", (event) -> event.getReminderSent().getFromNode()),
				"a reminder once held: its id stated again changes nothing");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ReminderSent sent = incoming.event().getReminderSent();
		if (incoming.link().role() == PeerRole.CHILD) {
			throw new ForbiddenEventException("reminder " + sent.getReminderId() + " travels up from node "
					+ incoming.link().peer() + "; reminders only go down to an assignee");
		}
		if (!sent.getFromNode().equals(incoming.originNode())
				|| !Unit.nodeOf(sent.getFromUnit()).equals(sent.getFromNode())) {
			throw new ForbiddenEventException("reminder " + sent.getReminderId() + " from unit " + sent.getFromUnit()
					+ " is stated by node " + incoming.originNode());
		}
		if (!sent.getToNode().equals(incoming.destinationNode())) {
			throw new MalformedEventException("reminder " + sent.getReminderId() + " to node " + sent.getToNode()
					+ " travels towards node " + incoming.destinationNode());
		}
		this.replication.applySent(ReminderWire.reminder(sent));
	}

}
