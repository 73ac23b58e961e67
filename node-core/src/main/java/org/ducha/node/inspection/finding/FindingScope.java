package org.ducha.node.inspection.finding;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.inspection.InspectionPlans;
import org.ducha.node.inspection.PlanFacts;
import org.ducha.node.inspection.PlanStatus;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with findings and rectifications (docs/security.md,
 * "Inspection"). A plan's findings are read by the supervisors and leaders of the
 * planning node (and of the nodes above) and by its team; they are recorded at the
 * planning node by its supervisors, leaders and team. A requirement is seen by whoever
 * sees its unit (a unit's own people see only their unit's); the unit's people report its
 * rectification at the unit's node; the issuer's supervisors and leaders verify, visit
 * and close it. Whoever may not see something gets 404, exactly as for a missing one.
 */
@Component
class FindingScope {

	private static final Set<PlanStatus> RUNNING = EnumSet.of(PlanStatus.APPROVED, PlanStatus.CARRIED_OUT);

	private static final Set<PlanStatus> ISSUING = EnumSet.of(PlanStatus.APPROVED, PlanStatus.CARRIED_OUT,
			PlanStatus.CLOSED);

	private final InspectionPlans plans;

	private final UnitAccess units;

	private final NodeIdentity self;

	FindingScope(InspectionPlans plans, UnitAccess units, NodeIdentity self) {
		this.plans = plans;
		this.units = units;
		this.self = self;
	}

	/** A plan of this node whose findings the caller reads. */
	PlanFacts planToRead(String planId, Actor actor) {
		PlanFacts plan = find(planId).filter((facts) -> facts.planningNode().equals(this.self.code()))
			.orElseThrow(() -> planNotFound(planId));
		if (!this.units.readsWholeSubtree(actor) && !onTeam(plan, actor)) {
			throw planNotFound(planId);
		}
		return plan;
	}

	/**
	 * A plan of this node on which the caller records a finding: approved or carried out.
	 * @throws ForbiddenException for a caller who is neither a supervisor or leader of
	 * this node nor on the team
	 * @throws ConflictException naming the plan's state otherwise
	 */
	PlanFacts planToRecordOn(String planId, Actor actor) {
		PlanFacts plan = planToRead(planId, actor);
		boolean ofNode = this.units.isOfThisNode(actor) && actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!ofNode && !onTeam(plan, actor)) {
			throw new ForbiddenException("Findings of plan " + planId + " are recorded by the supervisors and leaders "
					+ "of " + this.self.name() + " and by the plan's team");
		}
		if (!RUNNING.contains(plan.status())) {
			throw new ConflictException("Plan " + planId + " is " + plan.status()
					+ ": findings are recorded once it is approved and until it is closed");
		}
		return plan;
	}

	/**
	 * A plan of this node whose finding becomes a requirement: approved, carried out or
	 * closed, and revealed, since a requirement reaches the inspected unit.
	 * @throws ConflictException naming the plan's state otherwise
	 */
	PlanFacts planToIssueOn(String planId, Actor actor) {
		PlanFacts plan = planToRead(planId, actor);
		requireIssuer(actor, "issues rectification requirements on plan " + planId);
		if (!ISSUING.contains(plan.status())) {
			throw new ConflictException(
					"Plan " + planId + " is " + plan.status() + ": rectification is required once it is approved");
		}
		if (!plan.revealed()) {
			throw new ConflictException("Plan " + planId + " is unannounced (四不两直) and " + plan.status()
					+ ": nothing of it reaches the inspected before it is carried out");
		}
		return plan;
	}

	boolean seesRectification(Rectification rectification, Actor actor) {
		return this.units.sees(rectification.unitCode(), actor);
	}

	void requireReader(Rectification rectification, Actor actor) {
		if (!seesRectification(rectification, actor)) {
			throw rectificationNotFound(rectification.id());
		}
	}

	/** The unit's own people, at the unit's node, report its rectification. */
	void requireUnitOf(Rectification rectification, Actor actor) {
		requireReader(rectification, actor);
		boolean atUnitsNode = Unit.nodeOf(rectification.unitCode()).equals(this.self.code())
				&& this.units.isOfThisNode(actor);
		boolean ownUnit = rectification.unitCode().equals(actor.unitCode())
				&& actor.hasAny(Role.HANDLER, Role.UNIT_HEAD, Role.SUPERVISOR, Role.LEADER);
		boolean forGovernment = rectification.unitCode().equals(this.self.code())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!atUnitsNode || (!ownUnit && !forGovernment)) {
			throw new ForbiddenException("The rectification of requirement " + rectification.id()
					+ " is reported by the people of unit " + rectification.unitCode() + ", at its own node");
		}
	}

	/** The issuer's supervisors and leaders, at the issuing node, decide on it. */
	void requireIssuerOf(Rectification rectification, Actor actor) {
		requireReader(rectification, actor);
		if (!rectification.issuingNode().equals(this.self.code())) {
			throw new ForbiddenException("Requirement " + rectification.id() + " is verified, visited and closed at "
					+ "its issuing node " + rectification.issuingNode());
		}
		requireIssuer(actor, "verifies, visits and closes requirement " + rectification.id());
	}

	private void requireIssuer(Actor actor, String what) {
		if (!this.units.isOfThisNode(actor) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader of " + this.self.name() + " " + what);
		}
	}

	private Optional<PlanFacts> find(String planId) {
		UUID id;
		try {
			id = UUID.fromString(planId);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.plans.find(id);
	}

	private static boolean onTeam(PlanFacts plan, Actor actor) {
		return plan.team().contains(actor.subject()) || plan.team().contains(actor.name());
	}

	static NotFoundException planNotFound(String planId) {
		return new NotFoundException("No inspection plan " + planId);
	}

	static NotFoundException rectificationNotFound(String id) {
		return new NotFoundException("No rectification requirement " + id);
	}

	static NotFoundException findingNotFound(String id) {
		return new NotFoundException("No finding " + id);
	}

}
