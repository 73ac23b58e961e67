package org.ducha.node.reminder;

/**
 * This node sent a reminder (automatic or manual); the federation carries it to the
 * assignee's node when that is another one.
 *
 * @param reminder the reminder
 */
public record ReminderSent(Reminder reminder) {
}
