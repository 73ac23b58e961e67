package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotHeldException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the lifecycle steps other nodes state about an assignment: the assignee's
 * return, completion and extension requests, and the issuer's decisions. Each is checked
 * against the node that may state it, and is idempotent: a step already applied, or an
 * older one, changes nothing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LifecycleReplication {

	private final TaskReplication replication;

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final ExtensionRequestRepository requests;

	private final ApplicationEventPublisher events;

	private final AssignmentHistory history;

	private final CompletionEvidence evidence;

	LifecycleReplication(TaskReplication replication, TaskRepository tasks, AssignmentRepository assignments,
			ExtensionRequestRepository requests, ApplicationEventPublisher events, AssignmentHistory history,
			CompletionEvidence evidence) {
		this.evidence = evidence;
		this.history = history;
		this.replication = replication;
		this.tasks = tasks;
		this.assignments = assignments;
		this.requests = requests;
		this.events = events;
	}

	public void applyReturned(String assignmentId, String unitCode, String statedBy, String by, Instant at,
			String reason, long step) {
		Assignment assignment = this.replication.assignmentStatedBy(assignmentId, unitCode, statedBy);
		AssignmentStatus from = assignment.getStatus();
		long before = assignment.getLifecycleStep();
		assignment.applyReturned(by, at, reason, step);
		saved(assignment, before, statedBy, by, at, "RETURNED", from, reason, null);
	}

	/**
	 * A completion request the assignee's node states, with the attachments of its
	 * evidence (kept once, by the request's step).
	 */
	public void applyCompletionRequested(String assignmentId, String unitCode, String statedBy, String by, Instant at,
			String evidence, long step, List<AttachmentRef> attachments) {
		Assignment assignment = this.replication.assignmentStatedBy(assignmentId, unitCode, statedBy);
		this.evidence.keep(assignmentId, step, attachments);
		AssignmentStatus from = assignment.getStatus();
		long before = assignment.getLifecycleStep();
		assignment.applyCompletionRequested(by, at, evidence, step);
		saved(assignment, before, statedBy, by, at, "COMPLETION_REQUESTED", from, null, evidence);
	}

	public void applyCompletionDecided(String assignmentId, String statedBy, boolean approved, String by, Instant at,
			String reason, long step) {
		Assignment assignment = decidedBy(assignmentId, statedBy);
		AssignmentStatus from = assignment.getStatus();
		long before = assignment.getLifecycleStep();
		assignment.applyCompletionDecided(approved, by, at, reason, step);
		saved(assignment, before, statedBy, by, at, approved ? "COMPLETION_APPROVED" : "COMPLETION_REFUSED", from,
				reason, null);
	}

	public void applyExtensionRequested(String requestId, String assignmentId, String unitCode, String statedBy,
			String by, Instant at, LocalDate deadlineBefore, LocalDate requestedDate, String reason) {
		Assignment assignment = this.replication.assignmentStatedBy(assignmentId, unitCode, statedBy);
		if (!this.requests.existsById(requestId)) {
			this.requests
				.save(ExtensionRequest.of(requestId, assignment, by, at, deadlineBefore, requestedDate, reason));
			this.history.learnt(assignment, statedBy, by, at, "EXTENSION_REQUESTED", assignment.getStatus(), reason,
					"from " + deadlineBefore + " to " + requestedDate);
		}
	}

	public void applyExtensionDecided(String requestId, String assignmentId, String statedBy, boolean approved,
			LocalDate date, String by, Instant at, String reason) {
		Assignment assignment = decidedBy(assignmentId, statedBy);
		ExtensionRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> new NotHeldException("Extension request " + requestId));
		if (!request.getAssignmentId().equals(assignmentId)) {
			throw new ForbiddenException("Extension request " + requestId + " is not about assignment " + assignmentId);
		}
		if (request.apply(approved, date, by, at, reason)) {
			this.requests.save(request);
			this.history.learnt(assignment, statedBy, by, at, approved ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
					assignment.getStatus(), reason, approved ? "new deadline " + date : null);
			if (approved) {
				assignment.extendTo(date);
				this.assignments.save(assignment);
				this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId()));
			}
		}
	}

	/**
	 * The assignment an issuer's decision is about; only the task's issuing node decides.
	 */
	private Assignment decidedBy(String assignmentId, String statedBy) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotHeldException("Assignment " + assignmentId));
		String issuer = this.tasks.findById(assignment.getTaskId())
			.map(Task::getIssuingNode)
			.orElseThrow(() -> new NotHeldException("Task " + assignment.getTaskId()));
		if (!issuer.equals(statedBy)) {
			throw new ForbiddenException(
					"Node " + statedBy + " decides on assignment " + assignmentId + " of a task issued by " + issuer);
		}
		return assignment;
	}

	/**
	 * Saves a copy; a step it took (a higher lifecycle step) goes on the timeline once.
	 */
	private void saved(Assignment assignment, long stepBefore, String node, String by, Instant at, String action,
			AssignmentStatus from, String reason, String detail) {
		this.assignments.save(assignment);
		if (assignment.getLifecycleStep() > stepBefore) {
			this.history.learnt(assignment, node, by, at, action, from, reason, detail);
			this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId()));
		}
	}

}
