package org.ducha.node.task;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.attachment.ChosenAttachment;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assignment's way to its end (docs/business-rules.md §6): the assignee returns a
 * wrongly addressed one and the issuer reassigns it; the assignee asks for completion
 * with evidence and the issuer closes it (销号) or refuses it back to reporting with a
 * reason; only the lead unit asks for completion (docs/business-rules.md §6.8). Each step
 * is taken at the node that owns it and travels to the other side.
 */
@Service
public class AssignmentWorkflow {

	static final int MAX_TEXT = 2000;

	private final Tasks tasks;

	private final AssignmentRepository assignments;

	private final Units units;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AssignmentHistory history;

	private final Attachments attachments;

	private final CompletionEvidence evidence;

	private final ObjectProvider<CompletionHolds> holds;

	AssignmentWorkflow(Tasks tasks, AssignmentRepository assignments, Units units, NodeIdentity self, Clock clock,
			ApplicationEventPublisher events, AssignmentHistory history, Attachments attachments,
			CompletionEvidence evidence, ObjectProvider<CompletionHolds> holds) {
		this.holds = holds;
		this.attachments = attachments;
		this.evidence = evidence;
		this.history = history;
		this.tasks = tasks;
		this.assignments = assignments;
		this.units = units;
		this.self = self;
		this.clock = clock;
		this.events = events;
	}

	/** The assignee returns the assignment to the issuer: it is not theirs (退回). */
	@Transactional
	public Assignment returnToIssuer(String assignmentId, String reason, Actor actor) {
		String why = required(reason, "reason", "A return states why the assignment is not this unit's");
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		AssignmentStatus from = assignment.getStatus();
		assignment.returnToIssuer(actor.name(), this.clock.instant(), why, task.getIssuingNode());
		return saved(assignment, actor, "RETURNED", from, why, null);
	}

	/**
	 * The issuer hands a returned assignment's task to another unit; the new assignment
	 * travels to that unit's node like an issued one.
	 */
	@Transactional
	public Assignment reassign(String assignmentId, String unitCode, Actor actor) {
		Assignment returned = this.tasks.assignmentToDecide(assignmentId, actor);
		Task task = this.tasks.task(returned.getTaskId());
		Unit unit = this.units.find(required(unitCode, "unitCode", "A reassignment names the unit"))
			.orElseThrow(() -> new InvalidRequestException("Unknown unit: " + unitCode + " (a department of "
					+ this.self.code() + " or a government below it)"));
		if (unit.code().equals(task.getIssuingUnit()) || unit.code().equals(this.self.code())) {
			throw new InvalidRequestException("A task cannot be handed to its issuer " + unit.code());
		}
		boolean taken = this.assignments.findByTaskIdOrderById(task.getId())
			.stream()
			.anyMatch((a) -> a.getUnitCode().equals(unit.code()) && a.getStatus() != AssignmentStatus.RETURNED);
		if (taken) {
			throw new InvalidRequestException("Unit " + unit.code() + " already holds an assignment of this task");
		}
		Assignment created = Assignment.create(Ids.newId(), task.getId(), unit.code(), returned.getRole(),
				this.clock.instant());
		returned.replaceBy(created.getId());
		this.assignments.save(returned);
		Assignment saved = this.assignments.save(created);
		this.history.made(returned, actor, "REASSIGNED", returned.getStatus(), null,
				"to unit " + unit.code() + " (assignment " + saved.getId() + ")", this.clock.instant());
		this.events.publishEvent(new TaskIssued(task, List.of(saved)));
		this.events.publishEvent(new AssignmentsAdded(task, List.of(saved)));
		return saved;
	}

	/** The assignee asks to complete the assignment, with its evidence (办结申请). */
	@Transactional
	public Assignment requestCompletion(String assignmentId, String evidence, Actor actor) {
		return requestCompletion(assignmentId, evidence, List.of(), actor);
	}

	/**
	 * The assignee asks to complete the assignment, with its evidence and the documents
	 * that prove it (uploaded before); they travel up to the issuer with the request.
	 */
	@Transactional
	public Assignment requestCompletion(String assignmentId, String evidence, List<ChosenAttachment> documents,
			Actor actor) {
		String what = required(evidence, "evidence", "A completion request states what was done");
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		if (assignment.getRole() == AssignmentRole.CO) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " is a co-unit's: the lead unit "
					+ "answers for completion, and a co-unit's part ends with the lead's");
		}
		List<AttachmentRef> proofs = this.attachments.referable(documents, CompletionEvidence.MAX,
				"A completion request", actor);
		Task task = this.tasks.task(assignment.getTaskId());
		AssignmentStatus from = assignment.getStatus();
		assignment.requestCompletion(actor.name(), this.clock.instant(), what, task.getIssuingNode());
		// kept before the save publishes the request, which carries them to the issuer
		this.evidence.keep(assignment.getId(), assignment.getLifecycleStep(), proofs);
		return saved(assignment, actor, "COMPLETION_REQUESTED", from, null, what);
	}

	/**
	 * The issuer closes the assignment (销号), or refuses the completion with a reason and
	 * the assignment goes back to the status it had.
	 */
	@Transactional
	public Assignment decideCompletion(String assignmentId, boolean approve, String reason, Actor actor) {
		String why = approve ? optional(reason, "reason")
				: required(reason, "reason", "A refused completion states what is still missing");
		Assignment assignment = this.tasks.assignmentToDecide(assignmentId, actor);
		if (approve && assignment.getStatus() == AssignmentStatus.COMPLETION_REQUESTED) {
			this.holds.orderedStream()
				.map((hold) -> hold.holdOn(assignmentId, assignment.getLifecycleStep()))
				.flatMap(Optional::stream)
				.findFirst()
				.ifPresent((held) -> {
					throw new IllegalTransitionException(held);
				});
		}
		AssignmentStatus from = assignment.getStatus();
		assignment.decideCompletion(approve, actor.name(), this.clock.instant(), why);
		return saved(assignment, actor, approve ? "COMPLETION_APPROVED" : "COMPLETION_REFUSED", from, why, null);
	}

	private Assignment saved(Assignment assignment, Actor actor, String action, AssignmentStatus from, String reason,
			String detail) {
		Assignment saved = this.assignments.save(assignment);
		this.history.made(saved, actor, action, from, reason, detail, this.clock.instant());
		this.events.publishEvent(new AssignmentLifecycleChanged(saved.getId()));
		return saved;
	}

	static String required(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(field + ": " + message);
		}
		return optional(text, field);
	}

	static String optional(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidRequestException(field + ": at most " + MAX_TEXT + " characters");
		}
		return text.strip();
	}

}
