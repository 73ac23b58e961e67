package org.ducha.node.reminder;

/**
 * A reminder addressed to a unit of this node became known here: sent here to one of its
 * departments, or arrived from the urging node. Local: it never travels.
 *
 * @param reminder the reminder
 */
public record ReminderDelivered(Reminder reminder) {
}
