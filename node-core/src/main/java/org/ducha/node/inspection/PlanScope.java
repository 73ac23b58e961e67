package org.ducha.node.inspection;

import org.ducha.node.NodeIdentity;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with inspection plans (docs/security.md §4.2): the supervisors
 * and leaders of this node and of the nodes above it read every plan stored here; a
 * unit's own people read the plans that inspect their unit once they are stored here.
 * Only this node's supervisors draft, edit, submit, withdraw, mark carried out and close
 * its own plans; only its leaders approve or send back. Whoever may not see a plan gets
 * 404, exactly as for a missing one — and below its planner an unannounced plan is not
 * stored before it is carried out, so it is missing there.
 */
@Component
class PlanScope {

	private final UnitAccess units;

	private final NodeIdentity self;

	PlanScope(UnitAccess units, NodeIdentity self) {
		this.units = units;
		this.self = self;
	}

	/** Whether the caller reads every plan stored here. */
	boolean readsAll(Actor actor) {
		return this.units.readsWholeSubtree(actor);
	}

	boolean sees(InspectionPlan plan, Actor actor) {
		if (readsAll(actor)) {
			return true;
		}
		return this.units.isOfThisNode(actor) && actor.unitCode() != null
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD)
				&& plan.content().objects().stream().anyMatch((o) -> o.unitCode().equals(actor.unitCode()))
				&& plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.AWAITING_APPROVAL
				&& plan.status() != PlanStatus.WITHDRAWN && plan.revealed();
	}

	void requireReader(InspectionPlan plan, Actor actor) {
		if (!sees(plan, actor)) {
			throw notFound(plan.id().toString());
		}
	}

	/** A supervisor of this node, who drafts a plan. */
	void requirePlanner(Actor actor) {
		if (!this.units.isOfThisNode(actor) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("Only a supervisor of " + this.self.name() + " drafts an inspection plan");
		}
	}

	/**
	 * A step on one of this node's own plans, by one of its people in a role.
	 * @throws NotFoundException when the caller may not see the plan
	 * @throws ForbiddenException when the plan is another node's, or the caller lacks the
	 * role
	 */
	void requireStep(InspectionPlan plan, Actor actor, Role role, String act) {
		requireReader(plan, actor);
		if (!plan.planningNode().equals(this.self.code())) {
			throw new ForbiddenException("Inspection plan " + plan.id() + " is planned by " + plan.planningNodeName()
					+ " (" + plan.planningNode() + "); it is " + act + " there");
		}
		if (!this.units.isOfThisNode(actor) || !actor.has(role)) {
			throw new ForbiddenException("Only a " + role.claim() + " of " + this.self.name() + " " + act + " "
					+ "inspection plan " + plan.id());
		}
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("No inspection plan " + id);
	}

}
