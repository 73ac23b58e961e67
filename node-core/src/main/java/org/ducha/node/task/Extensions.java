package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension requests (延期申请): the assignee asks before its deadline has passed, with a
 * reason and the date it needs; the issuer approves with a concrete new date or refuses
 * with a reason. The task's own deadline stays as it was, for assessment.
 */
@Service
public class Extensions {

	private final Tasks tasks;

	private final AssignmentRepository assignments;

	private final ExtensionRequestRepository requests;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AssignmentHistory history;

	Extensions(Tasks tasks, AssignmentRepository assignments, ExtensionRequestRepository requests, Clock clock,
			ApplicationEventPublisher events, AssignmentHistory history) {
		this.history = history;
		this.tasks = tasks;
		this.assignments = assignments;
		this.requests = requests;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public ExtensionRequest request(String assignmentId, LocalDate date, String reason, Actor actor) {
		String why = AssignmentWorkflow.required(reason, "reason", "An extension request states why");
		if (date == null) {
			throw new InvalidRequestException("requestedDate: the date the unit needs, yyyy-MM-dd");
		}
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		if (!assignment.isOpen()) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " is " + assignment.getStatus()
					+ "; an extension is asked for an open assignment");
		}
		LocalDate deadline = assignment.deadline(task.getDeadline());
		Instant now = this.clock.instant();
		if (LocalDate.ofInstant(now, NodeIdentity.ZONE).isAfter(deadline)) {
			throw new IllegalTransitionException(
					"The deadline " + deadline + " has passed; an extension is asked before the deadline");
		}
		if (!date.isAfter(deadline)) {
			throw new InvalidRequestException("requestedDate: " + date + " is not after the deadline " + deadline);
		}
		if (this.requests.existsByAssignmentIdAndStatus(assignmentId, ExtensionRequest.Status.PENDING)) {
			throw new IllegalTransitionException(
					"Assignment " + assignmentId + " already has an extension request waiting for a decision");
		}
		ExtensionRequest request = ExtensionRequest.of(Ids.newId(), assignment, actor.name(), now, deadline, date, why);
		this.history.made(assignment, actor, "EXTENSION_REQUESTED", assignment.getStatus(), why,
				"from " + deadline + " to " + date, now);
		return this.requests.save(request.raised(task.getIssuingNode()));
	}

	@Transactional
	public ExtensionRequest decide(String requestId, boolean approve, LocalDate date, String reason, Actor actor) {
		ExtensionRequest request = this.requests.findById(requestId).orElseThrow(() -> notFound(requestId));
		Assignment assignment;
		try {
			assignment = this.tasks.assignmentToDecide(request.getAssignmentId(), actor);
		}
		catch (NotFoundException ex) {
			throw notFound(requestId);
		}
		String why = approve ? AssignmentWorkflow.optional(reason, "reason")
				: AssignmentWorkflow.required(reason, "reason", "A refused extension states why");
		if (approve && date == null) {
			throw new InvalidRequestException("approvedDate: an approval names the new deadline, yyyy-MM-dd");
		}
		if (approve && !date.isAfter(request.getDeadlineBefore())) {
			throw new InvalidRequestException(
					"approvedDate: " + date + " is not after the deadline " + request.getDeadlineBefore());
		}
		request.decide(approve, date, actor.name(), this.clock.instant(), why);
		this.history.made(assignment, actor, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
				assignment.getStatus(), why, approve ? "new deadline " + date : null, this.clock.instant());
		if (approve) {
			assignment.extendTo(date);
			this.assignments.save(assignment);
			this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId()));
		}
		return this.requests.save(request);
	}

	/** The extension requests of an assignment the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<ExtensionRequest> of(String assignmentId, Actor actor) {
		this.tasks.visibleAssignment(assignmentId, actor);
		return this.requests.findByAssignmentIdOrderByRequestedAt(assignmentId);
	}

	/** One extension request, if the caller may see its assignment. */
	@Transactional(readOnly = true)
	public ExtensionRequest get(String requestId, Actor actor) {
		ExtensionRequest request = this.requests.findById(requestId).orElseThrow(() -> notFound(requestId));
		try {
			this.tasks.visibleAssignment(request.getAssignmentId(), actor);
		}
		catch (NotFoundException ex) {
			throw notFound(requestId);
		}
		return request;
	}

	private static NotFoundException notFound(String requestId) {
		return new NotFoundException("No extension request " + requestId);
	}

}
