package org.ducha.node.task;

import java.time.LocalDate;

/**
 * A revision of an issued task's content: the fields to change (null leaves a field as it
 * is) and why.
 *
 * @param title new title
 * @param content new content (requirements)
 * @param basis new basis
 * @param deadline new deadline
 * @param reason why the task is revised; required
 */
public record ReviseTask(String title, String content, String basis, LocalDate deadline, String reason) {
}
