package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.time.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's decision on a task awaiting approval: approve it, and it is issued (交办) to
 * this node's departments or to governments below it, skip-level included, with its human
 * number; or send it back to the drafters with the reason.
 */
@Service
public class TaskIssuing {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final TaskNumbers numbers;

	private final Tasks reading;

	private final TaskRequests requests;

	private final TaskHistory history;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final InstructionDeadlines instructions;

	TaskIssuing(TaskRepository tasks, AssignmentRepository assignments, TaskNumbers numbers, Tasks reading,
			TaskRequests requests, TaskHistory history, NodeIdentity self, Clock clock,
			ApplicationEventPublisher events, InstructionDeadlines instructions) {
		this.instructions = instructions;
		this.tasks = tasks;
		this.assignments = assignments;
		this.numbers = numbers;
		this.reading = reading;
		this.requests = requests;
		this.history = history;
		this.self = self;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Approves and issues a task: its number is taken now, its assignments are created
	 * and it goes to the assignees' nodes.
	 */
	@Transactional
	public Task approve(String taskId, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		requireLeader(actor);
		TaskStatus from = task.getStatus();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, NodeIdentity.ZONE);
		TaskContent content = task.content();
		List<Assignment> created = new ArrayList<>();
		for (IssueTask.Assignee assignee : task.plannedAssignees()) {
			Assignment assignment = Assignment.create(Ids.newId(), taskId, assignee.unitCode(), assignee.role());
			assignment.nameResponsible(assignee.responsible());
			created.add(assignment);
		}
		// a leader instruction is due as its urgency says, counted from today (交办之日)
		LocalDate instructionDue = (content.instruction() != null)
				? this.instructions.due(today, content.instruction().urgency()) : today;
		LocalDate deadline = (content.deadline() != null) ? content.deadline() : instructionDue;
		ReportingRule schedule = (content.schedule() != null) ? content.schedule()
				: DefaultSchedules.forContent(content, today, instructionDue);
		List<String> problems = (from == TaskStatus.PENDING_APPROVAL)
				? this.requests.draftProblems(content, task.plannedAssignees(), task.getIssuingUnit()) : List.of();
		task.approve(this.numbers.next(today.getYear()), deadline, schedule, actor.name(), now, created);
		if (!problems.isEmpty()) {
			throw new ConflictException("Task " + taskId + " cannot be issued as it stands ("
					+ String.join("; ", problems) + "); reject it so that its drafters correct it");
		}
		this.assignments.saveAll(created);
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, "APPROVED", from, saved.getStatus(), null,
				"issued as " + saved.getNumber() + " to " + units(created), now);
		this.events.publishEvent(new AssignmentsAdded(saved, created));
		return saved;
	}

	/** Refuses a caller who may not register or import this node's tasks. */
	public void requireIssuer(Actor actor) {
		if (!actor.orgCode().equals(this.self.code()) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader of " + this.self.name() + " issues its tasks");
		}
	}

	/** Sends a task awaiting approval back to its drafters, with the reason. */
	@Transactional
	public Task reject(String taskId, String reason, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		requireLeader(actor);
		this.requests.checkReason(reason, "a rejection");
		TaskStatus from = task.getStatus();
		Instant now = this.clock.instant();
		task.reject(reason, actor.name(), now);
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, "REJECTED", from, saved.getStatus(), reason, null, now);
		return saved;
	}

	private void requireLeader(Actor actor) {
		if (!actor.has(Role.LEADER)) {
			throw new ForbiddenException("Only a leader of " + this.self.name() + " approves its tasks");
		}
	}

	private static String units(List<Assignment> assignments) {
		return assignments.stream().map((a) -> a.getUnitCode() + " (" + a.getRole() + ")").toList().toString();
	}

}
