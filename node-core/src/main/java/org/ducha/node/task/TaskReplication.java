package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	private final TaskRevisions revisions;

	private final TaskHistory history;

	private final AssignmentHistory assignmentHistory;

	TaskReplication(TaskRepository tasks, AssignmentRepository assignments, Clock clock,
			ApplicationEventPublisher events, TaskRevisions revisions, TaskHistory history,
			AssignmentHistory assignmentHistory) {
		this.assignmentHistory = assignmentHistory;
		this.tasks = tasks;
		this.assignments = assignments;
		this.clock = clock;
		this.events = events;
		this.revisions = revisions;
		this.history = history;
	}

	/**
	 * A task issued elsewhere, with the assignments this node may see: a new copy, or a
	 * newer revision or status of one held here, each recorded on the task's timeline.
	 */
	public void applyIssued(TaskCopy copy) {
		Optional<Task> existing = this.tasks.findById(copy.id());
		Instant now = this.clock.instant();
		Task task;
		if (existing.isEmpty()) {
			task = this.tasks.save(Task.copyOf(copy, now));
			this.history.learnt(task, "ISSUED", null, TaskStatus.ISSUED,
					new ChangeNote(copy.issuedBy(), copy.issuedAt(), null), "issued as " + copy.number(), now);
			if (task.getStatus() != TaskStatus.ISSUED) {
				learntStatus(task, TaskStatus.ISSUED, now);
			}
		}
		else {
			task = existing.get();
			TaskContent before = task.content();
			TaskStatus statusBefore = task.getStatus();
			boolean revised = task.takeContent(copy);
			boolean restated = task.takeStatus(copy);
			if (revised || restated) {
				task = this.tasks.save(task);
			}
			if (revised) {
				List<FieldChange> changes = FieldChange.between(before, task.content());
				learntRevision(task, changes, now);
				if (changes.stream().anyMatch((change) -> change.field().equals("deadline"))) {
					deadlineRevised(task.getId());
				}
			}
			if (restated && task.getStatus() != statusBefore) {
				learntStatus(task, statusBefore, now);
				this.assignments.findByTaskIdOrderById(task.getId())
					.forEach((held) -> this.events.publishEvent(new AssignmentLifecycleChanged(held.getId())));
			}
		}
		List<Assignment> added = new ArrayList<>();
		for (AssignmentCopy assignment : copy.assignments()) {
			if (!this.assignments.existsById(assignment.id())) {
				added.add(this.assignments.save(Assignment.create(assignment.id(), copy.id(), assignment.unitCode(),
						assignment.role(), assignment.assignedAt())));
			}
		}
		if (!added.isEmpty()) {
			this.events.publishEvent(new AssignmentsAdded(task, added));
		}
	}

	/**
	 * The issuer revised the deadline: a new requirement that the copies' assignments
	 * take as both their original deadline and the one in force. The issuer's decisions
	 * come on the task channel in the order it took them, so an extension it approved
	 * later still arrives after this.
	 */
	private void deadlineRevised(String taskId) {
		for (Assignment assignment : this.assignments.findByTaskIdOrderById(taskId)) {
			if (assignment.getDueDate() != null) {
				assignment.deadlineRevised();
				this.assignments.save(assignment);
				this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId()));
			}
		}
	}

	private void learntRevision(Task task, List<FieldChange> changes, Instant now) {
		ChangeNote note = task.getRevisionNote();
		this.revisions.keep(new TaskRevision(task.getId(), task.getRevision(),
				(note != null && note.at() != null) ? note.at() : now, (note != null) ? note.by() : null,
				task.getIssuingNode(), (note != null) ? note.reason() : null, changes));
		this.history.learnt(task, "REVISED", task.getStatus(), task.getStatus(), note, "revision " + task.getRevision()
				+ ": " + changes.stream().map(FieldChange::toString).collect(Collectors.joining("; ")), now);
	}

	private void learntStatus(Task task, TaskStatus from, Instant now) {
		this.history.learnt(task, TaskHistory.statusAction(from, task.getStatus()), from, task.getStatus(),
				task.getStatusNote(), null, now);
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
			.orElseThrow(() -> new IllegalStateException("Assignment " + assignmentId + " is not known here yet"));
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
