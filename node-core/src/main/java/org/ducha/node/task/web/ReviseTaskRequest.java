package org.ducha.node.task.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.task.ReviseTask;

/**
 * Body of {@code POST /api/v1/tasks/{id}/revise}: the fields to change (absent ones stay
 * as they are; an empty content, goal or basis clears it) and why.
 *
 * @param title new title
 * @param content new content (requirements)
 * @param goal new goal (目标任务)
 * @param basis new basis
 * @param deadline new deadline
 * @param reason why the task is revised
 */
record ReviseTaskRequest(@Size(max = 500) String title, @Size(max = 20000) String content,
		@Size(max = 20000) String goal, @Size(max = 1000) String basis, LocalDate deadline,
		@NotBlank @Size(max = 1000) String reason) {

	ReviseTask toCommand() {
		return new ReviseTask(this.title, this.content, this.goal, this.basis, this.deadline, this.reason);
	}

}
