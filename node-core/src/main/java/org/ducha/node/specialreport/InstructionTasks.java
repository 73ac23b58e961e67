package org.ducha.node.specialreport;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.LeaderInstruction;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.task.Urgency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a leader's instruction on a special report into a new task (批示转立项): a draft
 * registered at this node whose source is a leader's instruction, whose instruction
 * record is this one (who, when, what) and whose basis names the report and the
 * instruction; the instruction keeps the task's id. An instruction becomes one task only.
 */
@Service
public class InstructionTasks {

	/** What a task's basis holds. */
	private static final int MAX_BASIS = 1000;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final SpecialReporting reporting;

	private final SpecialReportScope scope;

	private final TaskRegistration registration;

	private final SpecialReportStore reports;

	InstructionTasks(SpecialReporting reporting, SpecialReportScope scope, TaskRegistration registration,
			SpecialReportStore reports) {
		this.reporting = reporting;
		this.scope = scope;
		this.registration = registration;
		this.reports = reports;
	}

	/**
	 * A supervisor registers the task an instruction asks for, as a draft to be submitted
	 * and approved like any other.
	 * @return the registered draft
	 */
	@Transactional
	public Task turnIntoTask(UUID reportId, UUID instructionId, InstructionTask request, Actor actor) {
		SpecialReport report = this.reporting.report(reportId);
		this.scope.requireStep(report, actor, Role.SUPERVISOR, "将批示转为任务于");
		Instruction instruction = report.instructionToTurnIntoTask(instructionId);
		if (request.leadUnit() == null || request.leadUnit().isBlank()) {
			throw new InvalidRequestException("leadUnit: 须指定牵头单位 (the unit that leads the task)");
		}
		List<IssueTask.Assignee> assignees = new ArrayList<>();
		assignees.add(new IssueTask.Assignee(request.leadUnit().strip(), AssignmentRole.LEAD));
		if (request.coUnits() != null) {
			request.coUnits().forEach((unit) -> assignees.add(new IssueTask.Assignee(unit, AssignmentRole.CO)));
		}
		String title = (request.title() != null && !request.title().isBlank()) ? request.title().strip()
				: report.title();
		String content = (request.content() != null && !request.content().isBlank()) ? request.content().strip()
				: instruction.text();
		TaskContent taskContent = new TaskContent(title, content, null, TaskSource.LEADER_INSTRUCTION,
				(request.type() != null) ? request.type() : TaskType.ROUTINE, basis(report, instruction),
				request.deadline(), null, false, null,
				new LeaderInstruction(instruction.leaderName(), instruction.instructedAt().atZone(ZONE).toLocalDate(),
						instruction.text(), null, (request.urgency() != null) ? request.urgency() : Urgency.NORMAL));
		Task task = this.registration.register(new IssueTask(taskContent, assignees), actor);
		List<Instruction> instructions = report.instructions()
			.stream()
			.map((i) -> i.id().equals(instructionId) ? new Instruction(i.id(), i.text(), i.leader(), i.leaderName(),
					i.instructedAt(), task.getId(), actor.name()) : i)
			.toList();
		SpecialReport saved = this.reports.update(new SpecialReport(report.id(), report.nodeCode(), report.title(),
				report.text(), report.items(), report.status(), report.draftedBy(), report.draftedByName(),
				report.draftedAt(), report.submittedAt(), report.receipts(), instructions, report.version()));
		this.reporting.audit(saved, actor, "SPECIAL_REPORT_INSTRUCTION_TASK",
				"instruction " + instructionId + " became task " + task.getId());
		return task;
	}

	/**
	 * The basis the task rests on: the instruction, on the report, by whom and when, cut
	 * to what a task's basis holds (the whole text is the task's instruction record).
	 */
	static String basis(SpecialReport report, Instruction instruction) {
		String basis = instruction.leaderName() + " " + instruction.instructedAt().atZone(ZONE).toLocalDate() + " 在专报《"
				+ report.title() + "》上的批示（专报 " + report.id() + "，批示 " + instruction.id() + "）：" + instruction.text();
		return (basis.length() <= MAX_BASIS) ? basis : basis.substring(0, MAX_BASIS - 1) + "…";
	}

}
