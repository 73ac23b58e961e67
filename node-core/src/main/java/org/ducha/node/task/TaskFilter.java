package org.ducha.node.task;

import java.time.LocalDate;

/**
 * What a task list (and the ledger exported from it) is narrowed to; every part is
 * optional.
 *
 * @param status only tasks with this status
 * @param source only tasks from this source
 * @param unitCode only tasks handed to this unit
 * @param light only tasks whose worst open assignment shows this light (GREEN, YELLOW,
 * RED)
 * @param text only tasks whose title or number contains this text
 * @param deadlineFrom only tasks due on or after this day
 * @param deadlineTo only tasks due on or before this day
 */
public record TaskFilter(TaskStatus status, TaskSource source, String unitCode, String light, String text,
		LocalDate deadlineFrom, LocalDate deadlineTo) {

	/** No narrowing. */
	public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null, null, null);

	/** Only a status, the rest open. */
	public static TaskFilter ofStatus(TaskStatus status) {
		return new TaskFilter(status, null, null, null, null, null, null);
	}

}
