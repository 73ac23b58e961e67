package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers tasks at this node (立项): a draft with its source, basis, documents and the
 * units it will be handed to (with the responsible persons of this node's departments),
 * edited or deleted until it is submitted for a leader's approval. Nothing of a draft
 * leaves this node.
 */
@Service
public class TaskRegistration {

	private final TaskRepository tasks;

	private final Tasks reading;

	private final TaskRequests requests;

	private final TaskHistory history;

	private final Attachments attachments;

	private final NodeIdentity self;

	private final Clock clock;

	/** The most documents a task carries. */
	static final int MAX_ATTACHMENTS = 20;

	TaskRegistration(TaskRepository tasks, Tasks reading, TaskRequests requests, TaskHistory history,
			Attachments attachments, NodeIdentity self, Clock clock) {
		this.attachments = attachments;
		this.tasks = tasks;
		this.reading = reading;
		this.requests = requests;
		this.history = history;
		this.self = self;
		this.clock = clock;
	}

	/** Registers a draft in the name of the caller's unit. */
	@Transactional
	public Task register(IssueTask request, Actor actor) {
		return registerFor(request, actor.unitCode(), actor);
	}

	/**
	 * Registers a draft in the name of one of this node's units: the caller's own, or the
	 * unit whose assignment the draft hands on (分解).
	 */
	@Transactional
	public Task registerFor(IssueTask request, String issuingUnit, Actor actor) {
		if (!this.reading.isOfThisNode(actor)) {
			throw new ForbiddenException("Only a supervisor or leader of " + this.self.name() + " registers its tasks");
		}
		requireDrafter(actor);
		this.requests.checkDraft(request.content(), request.assignees(), issuingUnit);
		List<AttachmentRef> documents = documents(request, actor);
		Instant now = this.clock.instant();
		Task task = Task.register(Ids.newId(), SourceRecords.normalized(request.content()), assignees(request),
				documents, this.self.code(), issuingUnit, actor.name(), now);
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, "REGISTERED", null, TaskStatus.DRAFT, null, saved.getTitle(), now);
		return saved;
	}

	/** Changes a draft: the same content and checks as registering it. */
	@Transactional
	public Task edit(String taskId, IssueTask request, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		requireDrafter(actor);
		this.requests.checkDraft(request.content(), request.assignees(), task.getIssuingUnit());
		List<AttachmentRef> documents = documents(request, actor);
		TaskStatus from = task.getStatus();
		task.edit(SourceRecords.normalized(request.content()), assignees(request), documents);
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, "EDITED", from, saved.getStatus(), null, null, this.clock.instant());
		return saved;
	}

	/** Deletes a draft; its timeline stays. */
	@Transactional
	public void delete(String taskId, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		requireDrafter(actor);
		task.checkDeletable();
		this.tasks.delete(task);
		this.history.made(task, actor, "DELETED", task.getStatus(), null, null, task.getTitle(), this.clock.instant());
	}

	/** Submits a draft for a leader's approval. */
	@Transactional
	public Task submit(String taskId, Actor actor) {
		Task task = this.reading.taskToChange(taskId, actor);
		requireDrafter(actor);
		TaskStatus from = task.getStatus();
		task.submit();
		Task saved = this.tasks.save(task);
		this.history.made(saved, actor, "SUBMITTED", from, saved.getStatus(), null, null, this.clock.instant());
		return saved;
	}

	/**
	 * The assignees, each responsible person of the unit assigned when they name none.
	 */
	private static List<IssueTask.Assignee> assignees(IssueTask request) {
		return request.assignees()
			.stream()
			.map((a) -> new IssueTask.Assignee(a.unitCode(), a.role(),
					(a.responsible() != null) ? a.responsible().ofUnitIfUnnamed(a.unitCode()) : null))
			.toList();
	}

	private List<AttachmentRef> documents(IssueTask request, Actor actor) {
		return this.attachments.referable(request.attachments(), MAX_ATTACHMENTS, "A task", actor);
	}

	private void requireDrafter(Actor actor) {
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException(
					"Only a supervisor or leader of " + this.self.name() + " registers and submits its tasks");
		}
	}

}
