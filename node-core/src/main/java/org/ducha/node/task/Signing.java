package org.ducha.node.task;

import java.time.Clock;

import org.ducha.node.security.Actor;

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

	Signing(Tasks tasks, AssignmentRepository assignments, Clock clock) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Transactional
	public Assignment sign(String assignmentId, Actor actor) {
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		task.checkOpenForAssignees();
		assignment.sign(actor.name(), this.clock.instant(), task.getIssuingNode());
		return this.assignments.save(assignment);
	}

}
