package org.ducha.node.people;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Component;

/**
 * Who sees a unit's people and record at this node, and who maintains them
 * (docs/security.md §4.2): the supervisors and leaders of this node and of the nodes
 * above it see every unit of this node's subtree; a unit's own people of this node see
 * their unit. Anyone else, and any unit outside the subtree, gets 404 exactly as for a
 * unit that does not exist. Only the supervisors and leaders of the unit's own node
 * maintain its people in charge.
 */
@Component
public class UnitAccess {

	private final NodeIdentity self;

	private final Ancestry ancestry;

	private final Directory directory;

	UnitAccess(NodeIdentity self, Ancestry ancestry, Directory directory) {
		this.self = self;
		this.ancestry = ancestry;
		this.directory = directory;
	}

	/** Whether the caller may see a unit of this node's subtree. */
	public boolean sees(String unitCode, Actor actor) {
		if (unitCode == null || !this.directory.isSelfOrBelow(Unit.nodeOf(unitCode))) {
			return false;
		}
		return readsWholeSubtree(actor) || (isOfThisNode(actor) && unitCode.equals(actor.unitCode())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD));
	}

	/**
	 * A unit the caller may see.
	 * @throws NotFoundException otherwise, worded as for a missing unit
	 */
	public void requireVisible(String unitCode, Actor actor) {
		if (!sees(unitCode, actor)) {
			throw notFound(unitCode);
		}
	}

	/**
	 * A unit whose people in charge the caller maintains: one of this node's own, by a
	 * supervisor or leader of this node.
	 * @throws NotFoundException when the caller may not see it
	 * @throws ForbiddenException when the caller sees it but does not maintain it
	 */
	public void requireMaintainer(String unitCode, Actor actor) {
		requireVisible(unitCode, actor);
		if (!Unit.nodeOf(unitCode).equals(this.self.code())) {
			throw new ForbiddenException("The people in charge of unit " + unitCode + " are named at its own node "
					+ Unit.nodeOf(unitCode) + ", and only there");
		}
		if (!isOfThisNode(actor) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException(
					"Only a supervisor or leader of " + this.self.name() + " names the people in charge of its units");
		}
	}

	/**
	 * Whether the caller reads every unit of this subtree: a supervisor or leader of this
	 * node or of a node above it.
	 */
	public boolean readsWholeSubtree(Actor actor) {
		return actor.hasAny(Role.SUPERVISOR, Role.LEADER)
				&& (isOfThisNode(actor) || this.ancestry.isAncestor(actor.orgCode()));
	}

	public boolean isOfThisNode(Actor actor) {
		return this.self.code().equals(actor.orgCode());
	}

	/** The answer for a unit that is missing or out of the caller's sight. */
	public static NotFoundException notFound(String unitCode) {
		return new NotFoundException("No unit " + unitCode);
	}

}
