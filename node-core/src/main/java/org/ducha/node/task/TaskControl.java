package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.time.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer's changes to an issued task: a revision of its content (kept in its
 * history); suspension (中止) and withdrawal (撤销), which a supervisor asks for with a
 * reason and a leader approves or refuses (a leader's own request stands at once), one
 * request at a time; and resumption by a supervisor or leader alone, since it returns the
 * task to the course already approved. Every change goes to every node holding a copy.
 */
@Service
public class TaskControl {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final ControlRequestRepository controlRequests;

	private final Tasks reading;

	private final TaskRequests requests;

	private final TaskRevisions revisions;

	private final TaskHistory history;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskControl(TaskRepository tasks, AssignmentRepository assignments, ControlRequestRepository controlRequests,
			Tasks reading, TaskRequests requests, TaskRevisions revisions, TaskHistory history, NodeIdentity self,
			Clock clock, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.controlRequests = controlRequests;
		this.reading = reading;
		this.requests = requests;
		this.revisions = revisions;
		this.history = history;
		this.self = self;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Revises the content of an issued task: a new revision, with the reason. A new
	 * deadline is a new requirement for every assignment: its original deadline and the
	 * one in force both move to it, whatever extension was approved before.
	 */
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
		if (changes.stream().anyMatch((c) -> c.field().equals("deadline"))) {
			deadlineRevised(saved.getId());
		}
		this.revisions.keep(new TaskRevision(taskId, saved.getRevision(), now, actor.name(), this.self.code(),
				change.reason(), changes));
		this.history.made(saved, actor, "REVISED", saved.getStatus(), saved.getStatus(), change.reason(),
				"revision " + saved.getRevision() + ": "
						+ changes.stream().map(FieldChange::toString).collect(Collectors.joining("; ")),
				now);
		return published(saved, now);
	}

	/** Every assignment's deadline moves to the task's new one (extensions lapse). */
	private void deadlineRevised(String taskId) {
		for (Assignment assignment : this.assignments.findByTaskIdOrderById(taskId)) {
			if (assignment.getDueDate() != null) {
				assignment.deadlineRevised();
				this.assignments.save(assignment);
				this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId()));
			}
		}
	}

	/**
	 * Asks to withdraw an issued task, with the reason: a leader's request stands at
	 * once, a supervisor's waits for a leader's decision.
	 */
	@Transactional
	public Task withdraw(String taskId, String reason, Actor actor) {
		return ask(taskId, ControlRequest.Kind.WITHDRAW, reason, actor);
	}

	/**
	 * Asks to suspend an issued task, with the reason: a leader's request stands at once,
	 * a supervisor's waits for a leader's decision.
	 */
	@Transactional
	public Task suspend(String taskId, String reason, Actor actor) {
		return ask(taskId, ControlRequest.Kind.SUSPEND, reason, actor);
	}

	private Task ask(String taskId, ControlRequest.Kind kind, String reason, Actor actor) {
		Task task = toChangeStatus(taskId, actor);
		this.requests.checkReason(reason, (kind == ControlRequest.Kind.SUSPEND) ? "a suspension" : "a withdrawal");
		this.controlRequests.findByPendingTaskId(taskId).ifPresent((pending) -> {
			throw new IllegalTransitionException("The " + pending.describe() + " awaits a leader's decision; "
					+ "it is approved or refused before another request (已有待审批的中止/撤销申请)");
		});
		Instant now = this.clock.instant();
		ControlRequest request = ControlRequest.ask(Ids.newId(), taskId, kind, reason, actor.name(), now);
		kind.check(task);
		if (actor.has(Role.LEADER)) {
			request.decide(true, actor.name(), now, null);
			this.controlRequests.save(request);
			return apply(task, request, actor, now);
		}
		try {
			this.controlRequests.save(request);
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalTransitionException("Another request to suspend or withdraw task " + taskId
					+ " was filed at the same time and awaits a leader's decision");
		}
		this.history.made(task, actor, kind + "_REQUESTED", task.getStatus(), task.getStatus(), reason, null, now);
		return task;
	}

	/**
	 * A leader approves the request awaiting a decision, and the task is suspended or
	 * withdrawn with the request's reason; or refuses it, with a reason, and the task
	 * goes on as it was.
	 * @param remark why (required of a refusal), or a remark on an approval
	 */
	@Transactional
	public Task decide(String taskId, boolean approve, String remark, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		if (!actor.has(Role.LEADER)) {
			throw new ForbiddenException(
					"Only a leader of " + this.self.name() + " approves or refuses a suspension or withdrawal");
		}
		if (!approve) {
			this.requests.checkReason(remark, "a refusal");
		}
		ControlRequest request = this.controlRequests.findByPendingTaskId(taskId)
			.orElseThrow(() -> new IllegalTransitionException(
					"No request to suspend or withdraw task " + taskId + " awaits a decision"));
		Instant now = this.clock.instant();
		String why = (remark != null && !remark.isBlank()) ? remark.strip() : null;
		request.decide(approve, actor.name(), now, why);
		this.controlRequests.save(request);
		if (approve) {
			return apply(task, request, actor, now);
		}
		this.history.made(task, actor, request.getKind() + "_REFUSED", task.getStatus(), task.getStatus(), why,
				"request of " + request.getRequestedBy() + ": " + request.getReason(), now);
		return task;
	}

	/**
	 * The suspension and withdrawal requests of a task the caller may see, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<ControlRequest> requests(String taskId, Actor actor) {
		this.reading.detail(taskId, actor);
		return this.controlRequests.findByTaskIdOrderByRequestedAt(taskId);
	}

	/** The request of a task awaiting a leader's decision, if any. */
	Optional<ControlRequest> pending(String taskId) {
		return this.controlRequests.findByPendingTaskId(taskId);
	}

	private Task apply(Task task, ControlRequest request, Actor actor, Instant now) {
		TaskStatus from = task.getStatus();
		String detail = request.getRequestedBy().equals(actor.name()) ? null
				: "requested by " + request.getRequestedBy() + ", approved by " + actor.name()
						+ ((request.getDecisionReason() != null) ? ": " + request.getDecisionReason() : "");
		if (request.getKind() == ControlRequest.Kind.SUSPEND) {
			task.suspend(request.getReason(), actor.name(), now);
			return statusChanged(task, actor, "SUSPENDED", from, request.getReason(), detail, now);
		}
		task.withdraw(request.getReason(), actor.name(), now);
		return statusChanged(task, actor, "WITHDRAWN", from, request.getReason(), detail, now);
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
		return statusChanged(task, actor, "RESUMED", from, why, null, now);
	}

	private Task toChangeStatus(String taskId, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException(
					"Only a supervisor or leader of " + this.self.name() + " withdraws, suspends or resumes its tasks");
		}
		return task;
	}

	private Task statusChanged(Task task, Actor actor, String action, TaskStatus from, String reason, String detail,
			Instant now) {
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, action, from, saved.getStatus(), reason, detail, now);
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
