package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer's changes to an issued task: a revision of its content (kept in its
 * history), withdrawal (撤销), suspension (中止) and resumption, each with its reason. Every
 * change goes to every node holding a copy.
 */
@Service
public class TaskControl {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final Tasks reading;

	private final TaskRequests requests;

	private final TaskRevisions revisions;

	private final TaskHistory history;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskControl(TaskRepository tasks, AssignmentRepository assignments, Tasks reading, TaskRequests requests,
			TaskRevisions revisions, TaskHistory history, NodeIdentity self, Clock clock,
			ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.reading = reading;
		this.requests = requests;
		this.revisions = revisions;
		this.history = history;
		this.self = self;
		this.clock = clock;
		this.events = events;
	}

	/** Revises the content of an issued task: a new revision, with the reason. */
	@Transactional
	public Task revise(String taskId, ReviseTask change, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		if (!actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("Only a supervisor of " + this.self.name() + " revises its tasks");
		}
		this.requests.checkRevision(change);
		Instant now = this.clock.instant();
		List<FieldChange> changes = task.revise(change, actor.name(), now);
		Task saved = this.tasks.save(task);
		this.revisions.keep(new TaskRevision(taskId, saved.getRevision(), now, actor.name(), this.self.code(),
				change.reason(), changes));
		this.history.made(saved, actor, "REVISED", saved.getStatus(), saved.getStatus(), change.reason(),
				"revision " + saved.getRevision() + ": "
						+ changes.stream().map(FieldChange::toString).collect(Collectors.joining("; ")),
				now);
		return published(saved, now);
	}

	/** Withdraws an issued task, with the reason. */
	@Transactional
	public Task withdraw(String taskId, String reason, Actor actor) {
		Task task = toChangeStatus(taskId, actor);
		this.requests.checkReason(reason, "a withdrawal");
		TaskStatus from = task.getStatus();
		Instant now = this.clock.instant();
		task.withdraw(reason, actor.name(), now);
		return statusChanged(task, actor, "WITHDRAWN", from, reason, now);
	}

	/** Suspends an issued task, with the reason. */
	@Transactional
	public Task suspend(String taskId, String reason, Actor actor) {
		Task task = toChangeStatus(taskId, actor);
		this.requests.checkReason(reason, "a suspension");
		TaskStatus from = task.getStatus();
		Instant now = this.clock.instant();
		task.suspend(reason, actor.name(), now);
		return statusChanged(task, actor, "SUSPENDED", from, reason, now);
	}

	/**
	 * Resumes a suspended task: it returns to the status it had before.
	 * @param reason why, if given
	 */
	@Transactional
	public Task resume(String taskId, String reason, Actor actor) {
		Task task = toChangeStatus(taskId, actor);
		String why = (reason != null && !reason.isBlank()) ? reason : null;
		TaskStatus from = task.getStatus();
		Instant now = this.clock.instant();
		task.resume(why, actor.name(), now);
		return statusChanged(task, actor, "RESUMED", from, why, now);
	}

	private Task toChangeStatus(String taskId, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException(
					"Only a supervisor or leader of " + this.self.name() + " withdraws, suspends or resumes its tasks");
		}
		return task;
	}

	private Task statusChanged(Task task, Actor actor, String action, TaskStatus from, String reason, Instant now) {
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, action, from, saved.getStatus(), reason, null, now);
		published(saved, now);
		// a halted task's assignments have no light; a resumed one's get theirs again
		this.assignments.findByTaskIdOrderById(saved.getId())
			.forEach((assignment) -> this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId())));
		return saved;
	}

	private Task published(Task task, Instant now) {
		this.events.publishEvent(new TaskChanged(task, this.assignments.findByTaskIdOrderById(task.getId()), now));
		return task;
	}

}
