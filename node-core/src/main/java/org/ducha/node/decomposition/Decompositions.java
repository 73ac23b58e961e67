package org.ducha.node.decomposition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.database.ShortTransactions;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.schedule.TrafficLights;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentLifecycleChanged;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.AssignmentsAdded;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskChanged;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.task.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decomposes assignments (分解) and keeps their roll-ups: a supervisor or leader of the
 * assignee's node registers a sub-task in the name of the assignee unit, handed to this
 * node's departments or the governments below it; once a leader has approved it
 * (docs/business-rules.md §5), every change of its assignments here computes the
 * decomposed assignment's roll-up again, and a new revision travels to the issuer of the
 * decomposed assignment's task.
 */
@Service
public class Decompositions {

	/**
	 * Decomposed assignments whose roll-ups the hourly job computes in one transaction.
	 */
	static final int PAGE = 200;

	private final Tasks tasks;

	private final TaskRegistration registration;

	private final TrafficLights lights;

	private final RollUpStore store;

	private final NodeIdentity self;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ShortTransactions transactions;

	Decompositions(Tasks tasks, TaskRegistration registration, RollUpStore store, NodeIdentity self, Clock clock,
			ApplicationEventPublisher events, TrafficLights lights, ShortTransactions transactions) {
		this.lights = lights;
		this.transactions = transactions;
		this.tasks = tasks;
		this.registration = registration;
		this.store = store;
		this.self = self;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Registers a draft sub-task that hands on a signed assignment of one of this node's
	 * units; it is submitted and approved like any task of this node.
	 */
	@Transactional
	public Task decompose(String assignmentId, IssueTask request, Actor actor) {
		Assignment parent = this.tasks.visibleAssignment(assignmentId, actor);
		if (!this.tasks.isOfThisNode(actor) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException(
					"Only a supervisor or leader of " + this.self.name() + " decomposes its units' assignments");
		}
		if (!parent.getUnitNode().equals(this.self.code())) {
			throw new ForbiddenException("Assignment " + assignmentId + " belongs to unit " + parent.getUnitCode()
					+ "; only its own node decomposes it");
		}
		Task parentTask = this.tasks.task(parent.getTaskId());
		parentTask.checkOpenForAssignees();
		if (parent.getStatus() != AssignmentStatus.SIGNED && parent.getStatus() != AssignmentStatus.REPORTING) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " is " + parent.getStatus()
					+ "; only a signed assignment still being reported on is decomposed");
		}
		LocalDate due = (parent.getDueDate() != null) ? parent.getDueDate() : parentTask.getDeadline();
		LocalDate deadline = (request.content() != null) ? request.content().deadline() : null;
		if (deadline != null && deadline.isAfter(due)) {
			throw new InvalidRequestException("deadline: a sub-task is due by " + due
					+ ", the deadline of the assignment it hands on, not " + deadline);
		}
		Task draft = this.registration.registerFor(request, parent.getUnitCode(), actor);
		this.store.link(draft.getId(), parent.getId(), parent.getTaskId(), this.clock.instant());
		return draft;
	}

	/** The roll-up of an assignment the caller may see; revision 0 if none is held. */
	@Transactional(readOnly = true)
	public RollUp rollUp(String assignmentId, Actor actor) {
		Assignment assignment = this.tasks.visibleAssignment(assignmentId, actor);
		return this.store.find(assignment.getId()).orElseGet(() -> RollUp.none(assignment.getId()));
	}

	// the roll-up reads the sub-task's lights: those the transaction changed are computed
	// first (they are otherwise computed once, just before the commit)
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(AssignmentLifecycleChanged changed) {
		this.store.parentOfSubTaskAssignment(changed.assignmentId()).ifPresent(this::refreshWithLights);
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(AssignmentsAdded added) {
		// only a task registered here is a sub-task of this node: a copy of one issued
		// elsewhere never is, and costs no lookup
		if (!added.task().getIssuingNode().equals(this.self.code())) {
			return;
		}
		this.store.parentOf(added.task().getId()).ifPresent(this::refreshWithLights);
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(TaskChanged changed) {
		this.store.parentOf(changed.task().getId()).ifPresent(this::refreshWithLights);
	}

	private void refreshWithLights(String parentAssignmentId) {
		this.lights.flush();
		refresh(parentAssignmentId);
	}

	/**
	 * Computes the roll-ups of this node's open decomposed assignments again (lights
	 * change with time too), {@value #PAGE} assignments to a transaction, so that a
	 * link's receiver never waits for the whole run.
	 * @return how many got a new revision
	 */
	public int refreshAll() {
		return refreshAll(PAGE).revised();
	}

	Refreshed refreshAll(int page) {
		int[] revised = { 0 };
		ShortTransactions.Done done = this.transactions.forEachKey(page, this.store::openDecomposedAfter,
				(assignmentId) -> revised[0] += refresh(assignmentId) ? 1 : 0);
		return new Refreshed(done, revised[0]);
	}

	/** A run of the roll-ups: the assignments and transactions, and the revised ones. */
	record Refreshed(ShortTransactions.Done done, int revised) {
	}

	private boolean refresh(String assignmentId) {
		List<RollUpPart> parts = this.store.partsOf(assignmentId);
		RollUp held = this.store.find(assignmentId).orElseGet(() -> RollUp.none(assignmentId));
		if (held.revision() > 0 && held.parts().equals(parts)) {
			return false;
		}
		Instant now = this.clock.instant();
		RollUp next = new RollUp(assignmentId, held.revision() + 1, now, parts);
		this.store.keep(next);
		Assignment parent = this.tasks.findAssignment(assignmentId).orElseThrow();
		Task parentTask = this.tasks.task(parent.getTaskId());
		this.events.publishEvent(
				new ProgressRolledUp(parent.getUnitCode(), parent.getTaskId(), parentTask.getIssuingNode(), next));
		return true;
	}

}
