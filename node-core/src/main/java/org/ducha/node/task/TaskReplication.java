package org.ducha.node.task;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.TaskCopy.AssignmentCopy;
import org.ducha.node.unit.Unit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what other nodes state about tasks and assignments to the copies held here, and
 * reads those copies for a re-sync. Every method is idempotent and never moves a fact
 * back.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TaskReplication {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskReplication(TaskRepository tasks, AssignmentRepository assignments, Clock clock,
			ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.clock = clock;
		this.events = events;
	}

	/** A task issued elsewhere, with the assignments this node may see. */
	public void applyIssued(TaskCopy copy) {
		Optional<Task> existing = this.tasks.findById(copy.id());
		Task task;
		if (existing.isEmpty()) {
			task = this.tasks.save(Task.copyOf(copy, this.clock.instant()));
		}
		else {
			task = existing.get();
			if (task.update(copy)) {
				task = this.tasks.save(task);
			}
		}
		List<Assignment> added = new java.util.ArrayList<>();
		for (AssignmentCopy assignment : copy.assignments()) {
			if (!this.assignments.existsById(assignment.id())) {
				added.add(this.assignments
					.save(Assignment.create(assignment.id(), copy.id(), assignment.unitCode(), assignment.role())));
			}
		}
		if (!added.isEmpty()) {
			this.events.publishEvent(new AssignmentsAdded(task, added));
		}
	}

	/**
	 * The assignee's node signed an assignment.
	 * @param statedBy the node stating it, which must be the assignee's
	 */
	public void applySigned(String assignmentId, String unitCode, String statedBy, String by, java.time.Instant at,
			long revision) {
		Assignment assignment = assignmentStatedBy(assignmentId, unitCode, statedBy);
		assignment.applySigned(by, at, revision);
		this.assignments.save(assignment);
	}

	/**
	 * The assignment a node states a fact about; only the assignee's node may.
	 * @throws ForbiddenException when the assignment is another unit's
	 */
	public Assignment assignmentStatedBy(String assignmentId, String unitCode, String statedBy) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new IllegalStateException("Assignment " + assignmentId + " is not known here yet"));
		if (!assignment.getUnitCode().equals(unitCode) || !Unit.nodeOf(unitCode).equals(statedBy)) {
			throw new ForbiddenException("Node " + statedBy + " states a fact of assignment " + assignmentId
					+ " which belongs to unit " + assignment.getUnitCode());
		}
		return assignment;
	}

	public void save(Assignment assignment) {
		this.assignments.save(assignment);
	}

	/** Tasks with assignments to the given nodes, in id order from a key (re-sync). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TaskDetail> concerning(Collection<String> nodes, String fromId, int limit) {
		return this.tasks.concerning(nodes, fromId, limit)
			.stream()
			.map((task) -> new TaskDetail(task, this.assignments.findByTaskIdOrderById(task.getId())))
			.toList();
	}

	/** Signed assignments of the given nodes on tasks issued outside them (re-sync). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Assignment> signedFor(Collection<String> nodes, String afterId, int limit) {
		return this.assignments.signedForIssuersOutside(nodes, afterId, limit);
	}

}
