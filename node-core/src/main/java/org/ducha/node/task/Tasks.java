package org.ducha.node.task;

import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Ancestry;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tasks and assignments within what the caller may see: the supervisors and leaders
 * of this node see every task it holds (its own and those from above that concern its
 * subtree); a unit's people see the tasks assigned to or issued by their unit. Anything
 * else is not found, exactly like a missing task.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	Tasks(TaskRepository tasks, AssignmentRepository assignments, NodeIdentity self, Ancestry ancestry) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.self = self;
		this.ancestry = ancestry;
	}

	/** A page of the tasks the caller may see, newest first. */
	public TaskPage list(Actor actor, int page, int size) {
		long offset = (long) page * size;
		if (readsWholeNode(actor)) {
			return new TaskPage(this.tasks.page(size, offset), page, size, this.tasks.count());
		}
		if (!isOfThisNode(actor) || !canRead(actor)) {
			return new TaskPage(List.of(), page, size, 0);
		}
		if (seesWholeNode(actor)) {
			return new TaskPage(this.tasks.page(size, offset), page, size, this.tasks.count());
		}
		return new TaskPage(this.tasks.pageForUnit(actor.unitCode(), size, offset), page, size,
				this.tasks.countForUnit(actor.unitCode()));
	}

	/** A task with its assignments, if the caller may see it. */
	public TaskDetail detail(String taskId, Actor actor) {
		Task task = this.tasks.findById(taskId).orElseThrow(() -> notFound(taskId));
		List<Assignment> all = this.assignments.findByTaskIdOrderById(taskId);
		if (!maySee(actor, task, all)) {
			throw notFound(taskId);
		}
		return new TaskDetail(task, all);
	}

	/**
	 * Whether the caller may see a task held here (for records that follow their task's
	 * visibility, such as report attachments).
	 */
	public boolean isVisibleTo(String taskId, Actor actor) {
		return this.tasks.findById(taskId)
			.map((task) -> maySee(actor, task, this.assignments.findByTaskIdOrderById(taskId)))
			.orElse(false);
	}

	/** The assignment an assignee at this node acts on (sign, report). */
	public Assignment assignmentToActOn(String assignmentId, Actor actor) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("No assignment " + assignmentId));
		Task task = task(assignment.getTaskId());
		if (!maySee(actor, task, List.of(assignment))) {
			throw new NotFoundException("No assignment " + assignmentId);
		}
		if (!isOfThisNode(actor)) {
			throw new ForbiddenException("Only the people of " + this.self.name() + " act on its assignments");
		}
		if (!assignment.getUnitNode().equals(this.self.code())) {
			throw new ForbiddenException("Assignment " + assignmentId + " belongs to unit " + assignment.getUnitCode()
					+ "; only its own node acts on it");
		}
		boolean ownUnit = assignment.getUnitCode().equals(actor.unitCode())
				&& actor.hasAny(Role.HANDLER, Role.UNIT_HEAD, Role.SUPERVISOR, Role.LEADER);
		boolean forGovernment = assignment.getUnitCode().equals(this.self.code())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!ownUnit && !forGovernment) {
			throw new ForbiddenException(
					"Only the handlers of unit " + assignment.getUnitCode() + " act on assignment " + assignmentId);
		}
		return assignment;
	}

	/**
	 * The assignment the issuer decides on (extension, completion, reassignment): the
	 * supervisors and leaders of the task's issuing node, at that node.
	 */
	public Assignment assignmentToDecide(String assignmentId, Actor actor) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("No assignment " + assignmentId));
		Task task = task(assignment.getTaskId());
		if (!maySee(actor, task, List.of(assignment))) {
			throw new NotFoundException("No assignment " + assignmentId);
		}
		if (!task.getIssuingNode().equals(this.self.code()) || !isOfThisNode(actor)
				|| !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader of the issuing node " + task.getIssuingNode()
					+ " decides on assignment " + assignmentId);
		}
		return assignment;
	}

	/** An assignment the caller may see. */
	public Assignment visibleAssignment(String assignmentId, Actor actor) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("No assignment " + assignmentId));
		if (!maySee(actor, task(assignment.getTaskId()), List.of(assignment))) {
			throw new NotFoundException("No assignment " + assignmentId);
		}
		return assignment;
	}

	/** A task held here, without scope checks (for the node's own work). */
	public Task task(String taskId) {
		return this.tasks.findById(taskId).orElseThrow(() -> notFound(taskId));
	}

	/** The task of an assignment held here. */
	public String assignmentTaskId(String assignmentId) {
		return this.assignments.findById(assignmentId)
			.map(Assignment::getTaskId)
			.orElseThrow(() -> new NotFoundException("No assignment " + assignmentId));
	}

	/** An assignment held here, without scope checks (for the node's own work). */
	public Optional<Assignment> findAssignment(String assignmentId) {
		return this.assignments.findById(assignmentId);
	}

	public Optional<Task> findTask(String taskId) {
		return this.tasks.findById(taskId);
	}

	private boolean maySee(Actor actor, Task task, List<Assignment> assignments) {
		if (readsWholeNode(actor)) {
			return true;
		}
		if (!isOfThisNode(actor) || !canRead(actor)) {
			return false;
		}
		return actor.unitCode().equals(task.getIssuingUnit())
				|| assignments.stream().anyMatch((a) -> a.getUnitCode().equals(actor.unitCode()));
	}

	/**
	 * Whether the caller reads everything this node holds: its own supervisors and
	 * leaders, and those of the nodes above it (read only: they act at their own node).
	 */
	public boolean readsWholeNode(Actor actor) {
		return seesWholeNode(actor) && (isOfThisNode(actor) || this.ancestry.isAncestor(actor.orgCode()));
	}

	/** Whether the caller belongs to this node. */
	public boolean isOfThisNode(Actor actor) {
		return this.self.code().equals(actor.orgCode());
	}

	private static boolean canRead(Actor actor) {
		return actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD);
	}

	private static boolean seesWholeNode(Actor actor) {
		return actor.hasAny(Role.SUPERVISOR, Role.LEADER);
	}

	private static NotFoundException notFound(String taskId) {
		return new NotFoundException("No task " + taskId);
	}

}
