package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.task.Task;

/**
 * A task in a list.
 *
 * @param id id
 * @param number human number
 * @param title title
 * @param source source
 * @param type type
 * @param issuingNode issuer node
 * @param issuingUnit issuer unit
 * @param deadline deadline
 * @param status status at the issuer
 * @param issuedAt when issued
 */
record TaskSummary(String id, String number, String title, String source, String type, String issuingNode,
		String issuingUnit, LocalDate deadline, String status, Instant issuedAt) {

	static TaskSummary of(Task task) {
		return new TaskSummary(task.getId(), task.getNumber(), task.getTitle(), task.getSource().name(),
				task.content().type().name(), task.getIssuingNode(), task.getIssuingUnit(), task.getDeadline(),
				task.getStatus().name(), task.getIssuedAt());
	}

}
