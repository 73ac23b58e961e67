package org.ducha.node.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotHeldException;
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

	private final ApplicationEventPublisher events;

	private final TaskCopies copies;

	private final AssignmentHistory assignmentHistory;

	TaskReplication(TaskRepository tasks, AssignmentRepository assignments, ApplicationEventPublisher events,
			TaskCopies copies, AssignmentHistory assignmentHistory) {
		this.assignmentHistory = assignmentHistory;
		this.tasks = tasks;
		this.assignments = assignments;
		this.events = events;
		this.copies = copies;
	}

	/**
	 * A task issued elsewhere, with the assignments this node may see: a new copy, or a
	 * newer revision or status of one held here, each recorded on the task's timeline.
	 */
	public void applyIssued(TaskCopy copy) {
		this.copies.apply(List.of(copy));
	}

	/**
	 * Copies of tasks issued elsewhere, in the order the issuer stated them: the same as
	 * {@link #applyIssued} one after another, with a few statements for the whole list.
	 */
	public void applyIssuedAll(List<TaskCopy> copies) {
		this.copies.apply(copies);
	}

	/**
	 * The assignee's node signed an assignment.
	 * @param statedBy the node stating it, which must be the assignee's
	 */
	public void applySigned(String assignmentId, String unitCode, String statedBy, String by, Instant at, long revision,
			ResponsiblePerson responsible) {
		Assignment assignment = assignmentStatedBy(assignmentId, unitCode, statedBy);
		if (responsible != null && !responsible.belongsTo(unitCode)) {
			throw new ForbiddenException("Node " + statedBy + " names a person of unit " + responsible.unitCode()
					+ " responsible for assignment " + assignmentId + " of unit " + unitCode);
		}
		boolean firstNews = assignment.getSignedAt() == null;
		AssignmentStatus from = assignment.getStatus();
		assignment.applySigned(by, at, revision, responsible);
		this.assignments.save(assignment);
		if (firstNews) {
			this.assignmentHistory.learnt(assignment, statedBy, by, at, "SIGNED", from, null,
					(responsible != null) ? "责任人 " + responsible.describe() : null);
			this.events.publishEvent(new AssignmentLifecycleChanged(assignmentId));
		}
	}

	/**
	 * The assignment a node states a fact about; only the assignee's node may.
	 * @throws ForbiddenException when the assignment is another unit's
	 */
	public Assignment assignmentStatedBy(String assignmentId, String unitCode, String statedBy) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotHeldException("Assignment " + assignmentId));
		checkStatedBy(assignment, unitCode, statedBy);
		return assignment;
	}

	/**
	 * The assignments a batch of facts is about, read with one query and locked against
	 * local changes until the transaction ends (a set-based handler folds the facts into
	 * them in memory); those not held here are missing from the map.
	 */
	public Map<String, Assignment> assignmentsToUpdate(Collection<String> assignmentIds) {
		return this.assignments.findByIdIn(assignmentIds)
			.stream()
			.collect(Collectors.toMap(Assignment::getId, Function.identity()));
	}

	/**
	 * Only the assignee's node may state a fact of an assignment.
	 * @throws ForbiddenException when the assignment is another unit's
	 */
	public static void checkStatedBy(Assignment assignment, String unitCode, String statedBy) {
		if (!assignment.getUnitCode().equals(unitCode) || !Unit.nodeOf(unitCode).equals(statedBy)) {
			throw new ForbiddenException("Node " + statedBy + " states a fact of assignment " + assignment.getId()
					+ " which belongs to unit " + assignment.getUnitCode());
		}
	}

	/**
	 * Writes assignments changed in memory, one statement each, their versions counted as
	 * if each change had been saved on its own: a batch leaves the rows one by one would.
	 * @param changes each assignment and how many changes it took (at least one)
	 */
	public void saveAll(Map<Assignment, Integer> changes) {
		this.assignments.saveAll(changes.keySet());
		changes.forEach((assignment, count) -> {
			if (count > 1) {
				this.assignments.countSaves(assignment.getId(), count - 1);
			}
		});
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
