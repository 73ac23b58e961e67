package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues tasks at this node (交办): to its own departments or to governments below it,
 * skip-level included.
 */
@Service
public class TaskIssuing {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final TaskNumbers numbers;

	private final Units units;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskIssuing(TaskRepository tasks, AssignmentRepository assignments, TaskNumbers numbers, Units units,
			NodeIdentity self, Clock clock, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.numbers = numbers;
		this.units = units;
		this.self = self;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public Task issue(IssueTask request, Actor actor) {
		requireIssuer(actor);
		validate(request, actor);
		Instant now = this.clock.instant();
		String taskId = Ids.newId();
		List<Assignment> created = new ArrayList<>();
		for (IssueTask.Assignee assignee : request.assignees()) {
			created.add(Assignment.create(Ids.newId(), taskId, assignee.unitCode(), assignee.role()));
		}
		LocalDate today = LocalDate.ofInstant(now, NodeIdentity.ZONE);
		ReportingRule schedule = (request.content().schedule() != null) ? request.content().schedule()
				: DefaultSchedules.forSource(request.content().source(), today, request.content().deadline());
		Task task = Task.issue(taskId, this.numbers.next(today.getYear()), request.content(), schedule,
				this.self.code(), actor.unitCode(), actor.name(), now, created);
		this.assignments.saveAll(created);
		Task saved = this.tasks.save(task);
		this.events.publishEvent(new AssignmentsAdded(saved, created));
		return saved;
	}

	/** Refuses a caller who may not issue this node's tasks. */
	public void requireIssuer(Actor actor) {
		if (!actor.orgCode().equals(this.self.code()) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader of " + this.self.name() + " issues its tasks");
		}
	}

	private void validate(IssueTask request, Actor actor) {
		TaskContent content = request.content();
		if (content == null || content.title() == null || content.title().isBlank()) {
			throw new InvalidRequestException("A task needs a title");
		}
		if (content.source() == null || content.type() == null) {
			throw new InvalidRequestException("A task needs its source and type");
		}
		if (content.deadline() == null) {
			throw new InvalidRequestException("A task needs a deadline");
		}
		if (content.deadline().isBefore(LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE))) {
			throw new InvalidRequestException("The deadline " + content.deadline() + " has passed");
		}
		if (request.assignees() == null || request.assignees().isEmpty()) {
			throw new InvalidRequestException("A task is handed to at least one unit");
		}
		long leads = request.assignees().stream().filter((a) -> a.role() == AssignmentRole.LEAD).count();
		if (leads != 1) {
			throw new InvalidRequestException("A task has exactly one lead unit, not " + leads);
		}
		Set<String> seen = new HashSet<>();
		for (IssueTask.Assignee assignee : request.assignees()) {
			if (assignee.unitCode() == null || assignee.role() == null) {
				throw new InvalidRequestException("Every assignee needs a unit and a role");
			}
			if (!seen.add(assignee.unitCode())) {
				throw new InvalidRequestException("Unit " + assignee.unitCode() + " is named twice");
			}
			Unit unit = this.units.find(assignee.unitCode())
				.orElseThrow(() -> new InvalidRequestException("Unknown unit: " + assignee.unitCode()
						+ " (a department of " + this.self.code() + " or a government below it)"));
			if (unit.code().equals(actor.unitCode()) || unit.code().equals(this.self.code())) {
				throw new InvalidRequestException("A task cannot be handed to its issuer " + unit.code());
			}
		}
	}

}
