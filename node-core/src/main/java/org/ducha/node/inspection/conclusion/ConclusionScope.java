package org.ducha.node.inspection.conclusion;

import org.ducha.node.NodeIdentity;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with a conclusion (docs/security.md). Before it is issued a
 * conclusion is the planning node's own: its supervisors and leaders see it, a supervisor
 * drafts, a leader approves. Once issued it is seen by whoever sees its unit (the unit's
 * own people, the supervisors and leaders of the unit's node and above); the unit's
 * people sign and object at the unit's node; the issuing node's supervisors and leaders
 * review. Whoever may not see a conclusion gets 404, as for a missing one.
 */
@Component
class ConclusionScope {

	private final UnitAccess units;

	private final NodeIdentity self;

	ConclusionScope(UnitAccess units, NodeIdentity self) {
		this.units = units;
		this.self = self;
	}

	boolean sees(Actor actor, Conclusion conclusion) {
		if (!conclusion.state().issued()) {
			return conclusion.issuingNode().equals(this.self.code()) && this.units.readsWholeSubtree(actor);
		}
		return this.units.sees(conclusion.unitCode(), actor);
	}

	void requireReader(Actor actor, Conclusion conclusion) {
		if (!sees(actor, conclusion)) {
			throw notFound(conclusion.id());
		}
	}

	/** A supervisor of this node drafts and issues; a leader approves. */
	void requireIssuer(Actor actor, Conclusion conclusion, Role role, String step) {
		requireReader(actor, conclusion);
		if (!conclusion.issuingNode().equals(this.self.code()) || !this.units.isOfThisNode(actor)
				|| !actor.hasAny(role, Role.LEADER)) {
			throw new ForbiddenException("Only a " + role.claim() + " of the issuing node " + conclusion.issuingNode()
					+ " " + step + " conclusion " + conclusion.id());
		}
	}

	/** A supervisor of this node drafts a conclusion on one of its plans. */
	void requireDrafter(Actor actor) {
		if (!this.units.isOfThisNode(actor) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("Only a supervisor of " + this.self.name() + " drafts a conclusion");
		}
	}

	/** The unit's own people, at the unit's node, sign for it and object to it. */
	void requireUnitOf(Actor actor, Conclusion conclusion) {
		requireReader(actor, conclusion);
		boolean atUnitsNode = Unit.nodeOf(conclusion.unitCode()).equals(this.self.code())
				&& this.units.isOfThisNode(actor);
		boolean ownUnit = conclusion.unitCode().equals(actor.unitCode())
				&& actor.hasAny(Role.HANDLER, Role.UNIT_HEAD, Role.SUPERVISOR, Role.LEADER);
		boolean forGovernment = conclusion.unitCode().equals(this.self.code())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!atUnitsNode || (!ownUnit && !forGovernment)) {
			throw new ForbiddenException("Conclusion " + conclusion.id() + " is signed for and objected to by the "
					+ "people of unit " + conclusion.unitCode() + ", at its own node");
		}
	}

	/** A supervisor or leader of the issuing node reviews an objection. */
	void requireReviewer(Actor actor, Conclusion conclusion) {
		requireReader(actor, conclusion);
		if (!conclusion.issuingNode().equals(this.self.code()) || !this.units.isOfThisNode(actor)
				|| !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("Only a supervisor or leader of the issuing node " + conclusion.issuingNode()
					+ " reviews the objection to conclusion " + conclusion.id());
		}
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("No conclusion " + id);
	}

}
