package org.ducha.node.task;

import java.time.LocalDate;

/**
 * What a task says.
 *
 * @param title short title
 * @param content what is to be done
 * @param source where it comes from
 * @param type kind of supervision
 * @param basis the document, meeting or instruction it rests on
 * @param deadline the final deadline
 * @param schedule when reports are due; null for the default of the task's source
 * @param published whether the public sees it (民生实事公开: responsibility list and progress)
 */
public record TaskContent(String title, String content, TaskSource source, TaskType type, String basis,
		LocalDate deadline, ReportingRule schedule, boolean published) {

	/** Content not published to the public. */
	public TaskContent(String title, String content, TaskSource source, TaskType type, String basis, LocalDate deadline,
			ReportingRule schedule) {
		this(title, content, source, type, basis, deadline, schedule, false);
	}

	/** Content with the default reporting rule of its source. */
	public TaskContent(String title, String content, TaskSource source, TaskType type, String basis,
			LocalDate deadline) {
		this(title, content, source, type, basis, deadline, null);
	}

}
