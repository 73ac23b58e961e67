package org.ducha.node.accountability;

import org.ducha.node.NodeIdentity;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what on the ladder (docs/security.md §4.2). Proposals are the
 * supervising government's own deliberation: its supervisors and leaders, and those of
 * the nodes above (to read), see them; a supervisor confirms or declines, a leader
 * approves or declines. A step is seen by whoever sees its unit; the unit's people report
 * its rectification at the unit's node; the issuer's supervisors and leaders decide on
 * it. Whoever may not see something gets 404, exactly as for a missing one.
 */
@Component
class LadderScope {

	private final UnitAccess units;

	private final NodeIdentity self;

	LadderScope(UnitAccess units, NodeIdentity self) {
		this.units = units;
		this.self = self;
	}

	boolean readsProposals(Actor actor) {
		return this.units.readsWholeSubtree(actor);
	}

	void requireProposalReader(Actor actor, String proposalId) {
		if (!readsProposals(actor)) {
			throw new NotFoundException("No ladder proposal " + proposalId);
		}
	}

	/** A proposal of this node, for the caller to decide on in a role. */
	void requireDecider(Actor actor, String proposalId, Role role) {
		requireProposalReader(actor, proposalId);
		if (!this.units.isOfThisNode(actor) || !actor.has(role)) {
			throw new ForbiddenException("Only a " + role.claim() + " of " + this.self.name()
					+ " takes this decision on " + "proposal " + proposalId);
		}
	}

	/** A supervisor of this node, who proposes a step by hand. */
	void requireSupervisorHere(Actor actor) {
		if (!this.units.isOfThisNode(actor) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("Only a supervisor of " + this.self.name() + " proposes a ladder step");
		}
	}

	void requireStepReader(Actor actor, LadderStep step) {
		if (!this.units.sees(step.unitCode(), actor)) {
			throw notFound(step.id());
		}
	}

	/** The unit's own people, at the unit's node, report a notice's rectification. */
	void requireUnitOf(Actor actor, LadderStep step) {
		requireStepReader(actor, step);
		boolean atUnitsNode = Unit.nodeOf(step.unitCode()).equals(this.self.code()) && this.units.isOfThisNode(actor);
		boolean ownUnit = step.unitCode().equals(actor.unitCode())
				&& actor.hasAny(Role.HANDLER, Role.UNIT_HEAD, Role.SUPERVISOR, Role.LEADER);
		boolean forGovernment = step.unitCode().equals(this.self.code()) && actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!atUnitsNode || (!ownUnit && !forGovernment)) {
			throw new ForbiddenException("The rectification of notice " + step.id() + " is reported by the people of "
					+ "unit " + step.unitCode() + ", at its own node");
		}
	}

	/** The issuer's supervisors and leaders, at the issuing node, decide on a step. */
	void requireIssuerOf(Actor actor, LadderStep step) {
		requireStepReader(actor, step);
		if (!step.issuingNode().equals(this.self.code()) || !this.units.isOfThisNode(actor)
				|| !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader of the issuing node " + step.issuingNode()
					+ " decides on step " + step.id());
		}
	}

	static NotFoundException notFound(String stepId) {
		return new NotFoundException("No ladder step " + stepId);
	}

}
