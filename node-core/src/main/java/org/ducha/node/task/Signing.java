package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;

import org.ducha.node.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignee signs for an assignment (签收), naming or changing its responsible person
 * (责任人, a person of its own unit); the issuer learns both by federation.
 */
@Service
public class Signing {

	private final Tasks tasks;

	private final AssignmentRepository assignments;

	private final Clock clock;

	private final AssignmentHistory history;

	private final ApplicationEventPublisher events;

	private final TaskRequests requests;

	Signing(Tasks tasks, AssignmentRepository assignments, Clock clock, AssignmentHistory history,
			ApplicationEventPublisher events, TaskRequests requests) {
		this.requests = requests;
		this.tasks = tasks;
		this.assignments = assignments;
		this.clock = clock;
		this.history = history;
		this.events = events;
	}

	/** Signs, keeping the responsible person named at issue (if any). */
	@Transactional
	public Assignment sign(String assignmentId, Actor actor) {
		return sign(assignmentId, null, actor);
	}

	/**
	 * Signs and names the responsible person.
	 * @param responsible a person of the assigned unit; null keeps the one named at issue
	 */
	@Transactional
	public Assignment sign(String assignmentId, ResponsiblePerson responsible, Actor actor) {
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		ResponsiblePerson person = this.requests.checkSigner(responsible, assignment.getUnitCode());
		Task task = this.tasks.task(assignment.getTaskId());
		task.checkOpenForAssignees();
		AssignmentStatus from = assignment.getStatus();
		Instant now = this.clock.instant();
		assignment.sign(actor.name(), now, task.getIssuingNode(), person);
		Assignment saved = this.assignments.save(assignment);
		this.history.made(saved, actor, "SIGNED", from, null,
				(saved.getResponsible() != null) ? "责任人 " + saved.getResponsible().describe() : null, now);
		this.events.publishEvent(new AssignmentLifecycleChanged(saved.getId()));
		return saved;
	}

}
