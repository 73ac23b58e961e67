package org.ducha.node.task;

import java.time.LocalDate;

/**
 * A revision of an issued task's content: the fields to change (null leaves a field as it
 * is) and why. A new deadline is a new requirement: it moves every assignment's original
 * deadline and the deadline in force alike, extensions included.
 *
 * @param title new title
 * @param content new content (requirements)
 * @param goal new goal (目标任务)
 * @param basis new basis
 * @param deadline new deadline
 * @param reason why the task is revised; required
 */
public record ReviseTask(String title, String content, String goal, String basis, LocalDate deadline, String reason) {

	/** A revision that leaves the goal as it is. */
	public ReviseTask(String title, String content, String basis, LocalDate deadline, String reason) {
		this(title, content, null, basis, deadline, reason);
	}

	/**
	 * The content after this revision: the fields it names changed, an empty text
	 * cleared.
	 */
	TaskContent applyTo(TaskContent before) {
		return new TaskContent((this.title != null) ? this.title : before.title(), text(this.content, before.content()),
				text(this.goal, before.goal()), before.source(), before.type(), text(this.basis, before.basis()),
				(this.deadline != null) ? this.deadline : before.deadline(), before.schedule(), before.published(),
				before.meetingDate(), before.instruction());
	}

	private static String text(String changed, String before) {
		return (changed != null) ? FieldChange.emptyToNull(changed) : before;
	}

}
