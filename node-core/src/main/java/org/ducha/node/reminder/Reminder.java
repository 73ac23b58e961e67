package org.ducha.node.reminder;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.unit.Unit;

/**
 * A reminder (催办) to the unit of an assignment, as its sender stated it.
 *
 * @param id id, the same on every node
 * @param kind why it was sent
 * @param fromNode the urging node
 * @param fromUnit the urging unit
 * @param sentBy who sent it ({@code system} for automatic ones)
 * @param toNode the assignee's node
 * @param toUnit the assignee unit
 * @param taskId the task
 * @param assignmentId the assignment
 * @param title short title
 * @param message the text
 * @param dueDate the due date it is about, if any
 * @param escalate whether the unit head is told as well
 * @param sentAt when
 */
public record Reminder(String id, ReminderKind kind, String fromNode, String fromUnit, String sentBy, String toNode,
		String toUnit, String taskId, String assignmentId, String title, String message, LocalDate dueDate,
		boolean escalate, Instant sentAt) {

	/** The longest title kept. */
	public static final int MAX_TITLE = 500;

	public Reminder {
		if (!Unit.nodeOf(toUnit).equals(toNode)) {
			throw new IllegalArgumentException("Unit " + toUnit + " is not a unit of node " + toNode);
		}
		title = clip(title);
	}

	/** A title shortened to {@link #MAX_TITLE} characters, marked with an ellipsis. */
	public static String clip(String title) {
		return (title != null && title.length() > MAX_TITLE) ? title.substring(0, MAX_TITLE - 1) + "…" : title;
	}

}
