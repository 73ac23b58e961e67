package org.ducha.node.alert;

import java.time.Clock;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising alerts and signing for them. A prompt goes down to a node of this subtree (or a
 * unit of this node); a warning goes up to the parent or to the node that issued the task
 * it is about.
 */
@Service
public class Alerting {

	private final AlertRepository alerts;

	private final Tasks tasks;

	private final Directory directory;

	private final LinkTopology topology;

	private final NodeIdentity self;

	private final Clock clock;

	Alerting(AlertRepository alerts, Tasks tasks, Directory directory, LinkTopology topology, NodeIdentity self,
			Clock clock) {
		this.alerts = alerts;
		this.tasks = tasks;
		this.directory = directory;
		this.topology = topology;
		this.self = self;
		this.clock = clock;
	}

	@Transactional
	public Alert raise(AlertDraft draft, Actor actor) {
		requireBusinessUser(actor);
		if (draft.kind() == null || draft.toNode() == null || draft.title() == null || draft.title().isBlank()) {
			throw new InvalidRequestException("An alert needs its kind, its receiving node and a title");
		}
		AlertDirection direction = draft.kind().direction();
		if (direction == AlertDirection.DOWN) {
			if (!this.directory.isSelfOrBelow(draft.toNode())) {
				throw new InvalidRequestException(
						"A " + draft.kind() + " goes to this node or a node below it, not to " + draft.toNode());
			}
			if (draft.toNode().equals(this.self.code()) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
				requireSupervisorFor(actor, draft);
			}
		}
		else if (draft.toNode().equals(this.self.code())) {
			requireDepartmentToItsGovernment(draft, actor);
		}
		else if (!isAbove(draft)) {
			throw new InvalidRequestException("A " + draft.kind() + " goes up to the parent node or to the issuer of "
					+ "its task, not to " + draft.toNode());
		}
		if (draft.coordinationReport() != null && draft.kind() != AlertKind.COORDINATION_REQUEST) {
			throw new InvalidRequestException("Only a COORDINATION_REQUEST carries a written coordination report");
		}
		Alert alert = Alert.raise(Ids.newId(), draft, direction, this.self.code(), actor.unitCode(), actor.name(),
				this.clock.instant());
		return this.alerts.save(alert);
	}

	/**
	 * A warning or proposal up within this node: a department to its own government (a
	 * policy adjustment proposal, 二(一)), or to another unit of this node.
	 */
	private void requireDepartmentToItsGovernment(AlertDraft draft, Actor actor) {
		if (actor.unitCode().equals(this.self.code())) {
			throw new InvalidRequestException("A " + draft.kind() + " from the government of " + this.self.code()
					+ " goes up to the parent node or to the issuer of its task");
		}
		if (draft.toUnit() != null
				&& (!Unit.nodeOf(draft.toUnit()).equals(this.self.code()) || draft.toUnit().equals(actor.unitCode()))) {
			throw new InvalidRequestException("toUnit: a " + draft.kind() + " within " + this.self.code()
					+ " goes to its government or to another of its units, not to " + draft.toUnit());
		}
	}

	private void requireSupervisorFor(Actor actor, AlertDraft draft) {
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader sends a " + draft.kind());
		}
	}

	private boolean isAbove(AlertDraft draft) {
		if (this.topology.parent().map((parent) -> parent.peer().equals(draft.toNode())).orElse(false)) {
			return true;
		}
		if (draft.taskId() == null) {
			return false;
		}
		return this.tasks.findTask(draft.taskId())
			.map(Task::getIssuingNode)
			.filter((issuer) -> issuer.equals(draft.toNode()) && !this.directory.isSelfOrBelow(issuer))
			.isPresent();
	}

	/** The recipient signs for an alert addressed to this node. */
	@Transactional
	public Alert acknowledge(String alertId, String note, Actor actor) {
		Alert alert = visible(alertId, actor);
		if (!this.tasks.isOfThisNode(actor)) {
			throw new ForbiddenException("Only the people of " + this.self.name() + " sign for its alerts");
		}
		if (!alert.getToNode().equals(this.self.code())) {
			throw new ForbiddenException("Alert " + alertId + " is addressed to node " + alert.getToNode()
					+ "; only its recipient signs for it");
		}
		boolean recipient = (alert.getToUnit() == null) ? actor.hasAny(Role.SUPERVISOR, Role.LEADER)
				: alert.getToUnit().equals(actor.unitCode()) || actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!recipient) {
			throw new ForbiddenException("Only the receiving unit signs for alert " + alertId);
		}
		alert.acknowledge(actor.name(), this.clock.instant(), note);
		return this.alerts.save(alert);
	}

	@Transactional(readOnly = true)
	public AlertPage list(Actor actor, AlertFilter filter, int page, int size) {
		long offset = (long) page * size;
		String unit;
		if (this.tasks.readsWholeNode(actor) || isBusinessUser(actor) && actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			unit = null;
		}
		else if (isBusinessUser(actor)) {
			unit = actor.unitCode();
		}
		else {
			return new AlertPage(List.of(), page, size, 0);
		}
		String direction = (filter.direction() != null) ? filter.direction().name() : null;
		String kind = (filter.kind() != null) ? filter.kind().name() : null;
		String status = (filter.status() != null) ? filter.status().name() : null;
		return new AlertPage(this.alerts.search(unit, direction, kind, status, filter.taskId(), size, offset), page,
				size, this.alerts.countMatching(unit, direction, kind, status, filter.taskId()));
	}

	/**
	 * The written coordination reports filed on an assignment held here, oldest first;
	 * the caller checked the assignment's scope.
	 */
	@Transactional(readOnly = true)
	public List<Alert> coordinationReports(String assignmentId) {
		return this.alerts.coordinationReports(assignmentId);
	}

	@Transactional(readOnly = true)
	public Alert get(String alertId, Actor actor) {
		return visible(alertId, actor);
	}

	private Alert visible(String alertId, Actor actor) {
		Alert alert = this.alerts.findById(alertId).orElseThrow(() -> new NotFoundException("No alert " + alertId));
		boolean sees = this.tasks.readsWholeNode(actor)
				|| isBusinessUser(actor) && (actor.hasAny(Role.SUPERVISOR, Role.LEADER)
						|| actor.unitCode().equals(alert.getFromUnit()) || actor.unitCode().equals(alert.getToUnit())
						|| (alert.getToUnit() == null && actor.unitCode().equals(alert.getToNode())));
		if (!sees) {
			throw new NotFoundException("No alert " + alertId);
		}
		return alert;
	}

	private void requireBusinessUser(Actor actor) {
		if (!isBusinessUser(actor)) {
			throw new ForbiddenException("Only the people of " + this.self.name() + " raise its alerts");
		}
	}

	private boolean isBusinessUser(Actor actor) {
		return this.self.code().equals(actor.orgCode())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD);
	}

}
