package org.ducha.node.reminder;

import org.ducha.node.NodeIdentity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a reminder and tells the rest of the node: {@link ReminderSent} when it was born
 * here, {@link ReminderDelivered} when it is addressed to a unit of this node.
 */
@Component
class ReminderPublication {

	private final ReminderStore store;

	private final NodeIdentity self;

	private final ApplicationEventPublisher events;

	ReminderPublication(ReminderStore store, NodeIdentity self, ApplicationEventPublisher events) {
		this.store = store;
		this.self = self;
		this.events = events;
	}

	/**
	 * A reminder born here.
	 * @param ruleKey the rule's key, or null for a manual reminder
	 * @return whether it was new (false: this rule's reminder was sent before)
	 */
	boolean send(Reminder reminder, String ruleKey) {
		if (!this.store.insert(reminder, ruleKey)) {
			return false;
		}
		this.events.publishEvent(new ReminderSent(reminder));
		deliverIfHere(reminder);
		return true;
	}

	/**
	 * A reminder born at another node, passing through or addressed here.
	 * @return whether it was new here
	 */
	boolean keep(Reminder reminder) {
		if (!this.store.insert(reminder, null)) {
			return false;
		}
		deliverIfHere(reminder);
		return true;
	}

	private void deliverIfHere(Reminder reminder) {
		if (reminder.toNode().equals(this.self.code())) {
			this.events.publishEvent(new ReminderDelivered(reminder));
		}
	}

}
