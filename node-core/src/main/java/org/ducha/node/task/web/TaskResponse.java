package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.schedule.Light;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskDetail;

/**
 * A task with its assignments.
 *
 * @param id id
 * @param number human number
 * @param title title
 * @param content content
 * @param source source
 * @param type type
 * @param basis basis
 * @param issuingNode issuer node
 * @param issuingUnit issuer unit
 * @param deadline deadline
 * @param status status at the issuer
 * @param revision issuer's revision
 * @param issuedAt when issued
 * @param issuedBy who issued it
 * @param schedule the reporting rule in words
 * @param light the worst light of its assignments
 * @param assignments assignments known here
 */
record TaskResponse(String id, String number, String title, String content, String source, String type, String basis,
		String issuingNode, String issuingUnit, LocalDate deadline, String status, long revision, Instant issuedAt,
		String issuedBy, String schedule, String light, List<AssignmentResponse> assignments) {

	static TaskResponse of(TaskDetail detail) {
		Task task = detail.task();
		return new TaskResponse(task.getId(), task.getNumber(), task.getTitle(), task.getContent(),
				task.getSource().name(), task.getType().name(), task.getBasis(), task.getIssuingNode(),
				task.getIssuingUnit(), task.getDeadline(), task.getStatus().name(), task.getRevision(),
				task.getIssuedAt(), task.getIssuedBy(), task.reportingRule().describe(), worst(detail),
				detail.assignments().stream().map(AssignmentResponse::of).toList());
	}

	private static String worst(TaskDetail detail) {
		Light worst = null;
		for (var assignment : detail.assignments()) {
			if (assignment.getLight() != null) {
				Light light = Light.valueOf(assignment.getLight());
				worst = (worst == null) ? light : worst.worst(light);
			}
		}
		return (worst != null) ? worst.name() : null;
	}

}
