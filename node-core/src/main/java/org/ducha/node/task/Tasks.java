package org.ducha.node.task;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.observer.ObserverAccess;
import org.ducha.node.observer.TargetKind;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.timeline.Timeline;
import org.ducha.node.timeline.TimelinePage;
import org.ducha.node.tree.Ancestry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tasks and assignments within what the caller may see: the supervisors and leaders
 * of this node see every task it holds (its own, drafts included, and those from above
 * that concern its subtree), those of the nodes above every issued one; a unit's people
 * see the issued tasks assigned to or issued by their unit; an invited observer sees the
 * issued tasks an invitation covers today ({@link ObserverAccess}). Anything else is not
 * found, exactly like a missing task.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	private final TaskRevisions revisions;

	private final Timeline timeline;

	private final TaskSearch search;

	private final ControlRequestRepository controlRequests;

	private final CompletionEvidence evidence;

	private final ObserverAccess observers;

	Tasks(TaskRepository tasks, AssignmentRepository assignments, NodeIdentity self, Ancestry ancestry,
			TaskRevisions revisions, Timeline timeline, TaskSearch search, ControlRequestRepository controlRequests,
			CompletionEvidence evidence, ObserverAccess observers) {
		this.observers = observers;
		this.search = search;
		this.controlRequests = controlRequests;
		this.evidence = evidence;
		this.tasks = tasks;
		this.assignments = assignments;
		this.self = self;
		this.ancestry = ancestry;
		this.revisions = revisions;
		this.timeline = timeline;
	}

	/**
	 * A page of the tasks the caller may see, newest first: drafts and tasks awaiting
	 * approval only to this node's supervisors and leaders, never in a unit's list.
	 * @param status only tasks with this status; null for all
	 */
	public TaskPage list(Actor actor, TaskStatus status, int page, int size) {
		return list(actor, TaskFilter.ofStatus(status), page, size);
	}

	/**
	 * A page of the tasks the caller may see, newest first, narrowed by a filter; the
	 * same scope as {@link #list(Actor, TaskStatus, int, int)}.
	 */
	public TaskPage list(Actor actor, TaskFilter filter, int page, int size) {
		long offset = (long) page * size;
		if (readsWholeNode(actor)) {
			List<String> statuses = statuses(filter.status(), isOfThisNode(actor));
			if (statuses.isEmpty()) {
				return new TaskPage(List.of(), page, size, 0);
			}
			return new TaskPage(this.search.page(statuses, TaskSearch.Scope.ALL, filter, size, offset), page, size,
					this.search.count(statuses, TaskSearch.Scope.ALL, filter));
		}
		List<String> statuses = statuses(filter.status(), false);
		if (actor.readsOnlyByInvitation()) {
			List<String> invited = this.observers.covered(actor, TargetKind.TASK);
			if (invited.isEmpty() || statuses.isEmpty()) {
				return new TaskPage(List.of(), page, size, 0);
			}
			TaskSearch.Scope scope = TaskSearch.Scope.ofTasks(invited);
			return new TaskPage(this.search.page(statuses, scope, filter, size, offset), page, size,
					this.search.count(statuses, scope, filter));
		}
		if (!isOfThisNode(actor) || !canRead(actor) || statuses.isEmpty()) {
			return new TaskPage(List.of(), page, size, 0);
		}
		TaskSearch.Scope scope = TaskSearch.Scope.ofUnit(actor.unitCode());
		return new TaskPage(this.search.page(statuses, scope, filter, size, offset), page, size,
				this.search.count(statuses, scope, filter));
	}

	private static List<String> statuses(TaskStatus wanted, boolean withUnissued) {
		return Arrays.stream(TaskStatus.values())
			.filter((s) -> wanted == null || s == wanted)
			.filter((s) -> withUnissued || s.isIssued())
			.map(Enum::name)
			.toList();
	}

	/**
	 * A page of the tasks published to the public (民生实事公开), with their assignments: for
	 * anyone, without sign-in. Withdrawn tasks and drafts are never shown.
	 */
	public TaskDetailPage published(int page, int size) {
		List<TaskDetail> items = this.tasks.published(size, (long) page * size)
			.stream()
			.map((task) -> new TaskDetail(task, this.assignments.findByTaskIdOrderById(task.getId())))
			.toList();
		return new TaskDetailPage(items, page, size, this.tasks.countPublished());
	}

	/**
	 * A page of {@link #list}, each task with its assignments as {@link #detail} shows
	 * them (the ledger).
	 */
	public List<TaskDetail> listWithAssignments(Actor actor, TaskFilter filter, int page, int size) {
		List<Task> items = list(actor, filter, page, size).items();
		if (items.isEmpty()) {
			return List.of();
		}
		Map<String, List<Assignment>> byTask = this.assignments
			.findByTaskIdInOrderById(items.stream().map(Task::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Assignment::getTaskId));
		return items.stream()
			.map((task) -> new TaskDetail(task, byTask.getOrDefault(task.getId(), List.of())))
			.toList();
	}

	/**
	 * A task with its assignments, the request to suspend or withdraw it that awaits a
	 * decision, and its completion evidence, if the caller may see it.
	 */
	public TaskDetail detail(String taskId, Actor actor) {
		Task task = this.tasks.findById(taskId).orElseThrow(() -> notFound(taskId));
		List<Assignment> all = this.assignments.findByTaskIdOrderById(taskId);
		if (!maySee(actor, task, all)) {
			throw notFound(taskId);
		}
		return new TaskDetail(task, all, this.controlRequests.findByPendingTaskId(taskId).orElse(null),
				this.evidence.latestOf(all.stream().map(Assignment::getId).toList()));
	}

	/**
	 * An assignment held here with its original deadline and its latest evidence (for the
	 * answers of the assignment's routes; the caller's scope was checked before).
	 */
	public AssignmentDetail describe(Assignment assignment) {
		return new AssignmentDetail(assignment, task(assignment.getTaskId()).getDeadline(),
				this.evidence.latestOf(List.of(assignment.getId()))
					.getOrDefault(assignment.getId(), List.<AttachmentRef>of()));
	}

	/** A page of the revision history of a task the caller may see, newest first. */
	public TaskRevisionPage revisions(String taskId, Actor actor, int page, int size) {
		detail(taskId, actor);
		return new TaskRevisionPage(this.revisions.page(taskId, page, size), page, size, this.revisions.count(taskId));
	}

	/** A page of the timeline of a task the caller may see, oldest first. */
	public TimelinePage timeline(String taskId, Actor actor, int page, int size) {
		detail(taskId, actor);
		return this.timeline.ofTask(taskId, page, size);
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
		Assignment assignment = visibleAssignment(assignmentId, actor);
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
		Assignment assignment = visibleAssignment(assignmentId, actor);
		Task task = task(assignment.getTaskId());
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

	/**
	 * A task this node issued, for a caller of this node to change: one the caller may
	 * not see is not found; one issued elsewhere, or a caller from another node, is
	 * forbidden. The caller's role is the application service's to check.
	 */
	Task taskToChange(String taskId, Actor actor) {
		Task task = this.tasks.findById(taskId).orElseThrow(() -> notFound(taskId));
		if (!maySee(actor, task, this.assignments.findByTaskIdOrderById(taskId))) {
			throw notFound(taskId);
		}
		if (!task.getIssuingNode().equals(this.self.code())) {
			throw new ForbiddenException(
					"Task " + taskId + " was issued by node " + task.getIssuingNode() + "; only its issuer changes it");
		}
		if (!isOfThisNode(actor)) {
			throw new ForbiddenException("Only the people of " + this.self.name() + " change its tasks");
		}
		return task;
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

	/**
	 * The assignments of a task held here, without scope checks (for the node's own
	 * work).
	 */
	public List<Assignment> assignmentsOf(String taskId) {
		return this.assignments.findByTaskIdOrderById(taskId);
	}

	/** An assignment held here, without scope checks (for the node's own work). */
	public Optional<Assignment> findAssignment(String assignmentId) {
		return this.assignments.findById(assignmentId);
	}

	public Optional<Task> findTask(String taskId) {
		return this.tasks.findById(taskId);
	}

	private boolean maySee(Actor actor, Task task, List<Assignment> assignments) {
		if (!task.getStatus().isIssued()) {
			return isOfThisNode(actor) && seesWholeNode(actor);
		}
		if (readsWholeNode(actor)) {
			return true;
		}
		if (actor.readsOnlyByInvitation()) {
			return this.observers.covers(actor, TargetKind.TASK, task.getId());
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
