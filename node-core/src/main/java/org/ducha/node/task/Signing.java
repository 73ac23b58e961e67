package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;

import org.ducha.node.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignee signs for an assignment (签收); the issuer learns it by federation.
 */
@Service
public class Signing {

	private final Tasks tasks;

	private final AssignmentRepository assignments;

	private final Clock clock;

	private final AssignmentHistory history;

	private final ApplicationEventPublisher events;

	Signing(Tasks tasks, AssignmentRepository assignments, Clock clock, AssignmentHistory history,
			ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.clock = clock;
		this.history = history;
		this.events = events;
	}

	@Transactional
	public Assignment sign(String assignmentId, Actor actor) {
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		task.checkOpenForAssignees();
		AssignmentStatus from = assignment.getStatus();
		Instant now = this.clock.instant();
		assignment.sign(actor.name(), now, task.getIssuingNode());
		Assignment saved = this.assignments.save(assignment);
		this.history.made(saved, actor, "SIGNED", from, null, null, now);
		this.events.publishEvent(new AssignmentLifecycleChanged(saved.getId()));
		return saved;
	}

}
