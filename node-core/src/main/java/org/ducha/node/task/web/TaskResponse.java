package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.task.AssignmentDetail;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.ChangeNote;
import org.ducha.node.task.ControlRequest;
import org.ducha.node.task.LeaderInstruction;
import org.ducha.node.task.Light;
import org.ducha.node.task.ReportingRule;
import org.ducha.node.task.ResponsiblePerson;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskDetail;

/**
 * A task with its assignments.
 *
 * @param id id
 * @param number human number; null until issued
 * @param title title
 * @param content content
 * @param goal what it is to achieve (目标任务)
 * @param source source
 * @param type type
 * @param basis basis
 * @param meetingDate the meeting's date, for a meeting decision
 * @param instruction the leader's instruction, for a leader instruction
 * @param attachments the documents the task carries
 * @param issuingNode issuer node
 * @param issuingUnit issuer unit
 * @param deadline deadline (the original one of every assignment); null on a leader
 * instruction's draft that leaves it to its urgency
 * @param status status at the issuer
 * @param statusReason why it has its status (a rejection, withdrawal or suspension)
 * @param statusBy who set the status
 * @param statusAt when
 * @param controlRequest the suspension or withdrawal awaiting a leader's decision (at the
 * issuer)
 * @param revision issuer's revision of the content (0 before issue)
 * @param issuedAt when issued
 * @param issuedBy the leader who approved the issue
 * @param registeredBy who registered the draft (known at the issuer only)
 * @param schedule the reporting rule in words; null on a draft taking its source's
 * default
 * @param published whether the public sees it (民生实事公开)
 * @param light the worst light of its lead assignments (of its assignments held here when
 * none is a lead's)
 * @param assignees a draft's units to be; empty once issued
 * @param assignments assignments known here
 */
public record TaskResponse(String id, String number, String title, String content, String goal, String source,
		String type, String basis, LocalDate meetingDate, LeaderInstruction instruction,
		List<AttachmentView> attachments, String issuingNode, String issuingUnit, LocalDate deadline, String status,
		String statusReason, String statusBy, Instant statusAt, ControlRequestResponse controlRequest, long revision,
		Instant issuedAt, String issuedBy, String registeredBy, String schedule, boolean published, String light,
		List<PlannedAssignee> assignees, List<AssignmentResponse> assignments) {

	/**
	 * A unit a draft will be handed to.
	 *
	 * @param unitCode the unit
	 * @param role LEAD or CO
	 * @param responsible the responsible person the issuer named for it, if any
	 */
	record PlannedAssignee(String unitCode, String role, ResponsiblePerson responsible) {
	}

	public static TaskResponse of(TaskDetail detail) {
		Task task = detail.task();
		TaskContent said = task.content();
		ChangeNote status = (task.getStatusNote() != null) ? task.getStatusNote() : new ChangeNote(null, null, null);
		ReportingRule rule = said.schedule();
		ControlRequest pending = detail.pendingControl();
		return new TaskResponse(task.getId(), task.getNumber(), task.getTitle(), said.content(), said.goal(),
				task.getSource().name(), said.type().name(), said.basis(), said.meetingDate(), said.instruction(),
				AttachmentView.of(task.attachments()), task.getIssuingNode(), task.getIssuingUnit(), task.getDeadline(),
				task.getStatus().name(), status.reason(), status.by(), status.at(),
				(pending != null) ? ControlRequestResponse.of(pending) : null, task.getRevision(), task.getIssuedAt(),
				task.getIssuedBy(), task.getRegisteredBy(), (rule != null) ? rule.describe() : null, said.published(),
				worst(detail),
				task.plannedAssignees()
					.stream()
					.map((a) -> new PlannedAssignee(a.unitCode(), a.role().name(), a.responsible()))
					.toList(),
				detail.assignments()
					.stream()
					.map((a) -> AssignmentResponse
						.of(new AssignmentDetail(a, task.getDeadline(), detail.evidenceOf(a))))
					.toList());
	}

	/**
	 * The worst light of the lead units' assignments, which answer for the task; where
	 * none is held (a co-unit's node), of those held.
	 */
	private static String worst(TaskDetail detail) {
		boolean leadHeld = detail.assignments().stream().anyMatch((a) -> a.getRole() == AssignmentRole.LEAD);
		Light worst = null;
		for (var assignment : detail.assignments()) {
			if (assignment.getLight() != null && (!leadHeld || assignment.getRole() == AssignmentRole.LEAD)) {
				Light light = Light.valueOf(assignment.getLight());
				worst = (worst == null) ? light : worst.worst(light);
			}
		}
		return (worst != null) ? worst.name() : null;
	}

}
