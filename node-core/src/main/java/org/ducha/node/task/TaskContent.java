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
 */
public record TaskContent(String title, String content, TaskSource source, TaskType type, String basis,
		LocalDate deadline) {
}
