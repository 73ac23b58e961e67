package org.ducha.node.bulletin;

import org.ducha.node.NodeIdentity;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with the bulletins held here (docs/security.md, "Roles"): this node's
 * supervisors draft, edit, submit, correct and publish; its leaders approve, return and
 * publish; supervisors and leaders of this node or above read every bulletin held here
 * (drafts only at their own node); a unit's handlers and head read the published
 * bulletins naming their unit. A bulletin the caller may not read is not found, exactly
 * like a missing one.
 */
@Component
class BulletinScope {

	private final NodeIdentity self;

	private final UnitAccess units;

	BulletinScope(NodeIdentity self, UnitAccess units) {
		this.self = self;
		this.units = units;
	}

	boolean ofThisNode(Actor actor) {
		return this.self.code().equals(actor.orgCode());
	}

	/** Whether the caller drafts bulletins here: a supervisor of this node. */
	void requireSupervisor(Actor actor) {
		if (!ofThisNode(actor) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("只有本级督查人员可以起草和修改通报 (only a supervisor of " + this.self.name()
					+ " drafts, edits, submits and corrects its bulletins)");
		}
	}

	/** Whether the caller approves bulletins here: a leader of this node. */
	void requireLeader(Actor actor) {
		if (!ofThisNode(actor) || !actor.has(Role.LEADER)) {
			throw new ForbiddenException(
					"只有本级领导可以审批通报 (only a leader of " + this.self.name() + " approves or returns its bulletins)");
		}
	}

	/**
	 * Whether the caller publishes bulletins here: a supervisor or leader of this node.
	 */
	void requirePublisher(Actor actor) {
		if (!ofThisNode(actor) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("只有本级督查人员或领导可以发布通报 (only a supervisor or leader of " + this.self.name()
					+ " publishes its bulletins)");
		}
	}

	/** Whether the caller lists bulletins at all. */
	void requireLister(Actor actor) {
		if (!readsAll(actor) && !readsOwnUnit(actor)) {
			throw new ForbiddenException("通报由督查人员、领导和被通报单位的人员查阅 (bulletins are read by supervisors, "
					+ "leaders and the people of the units they name)");
		}
	}

	/** Supervisors and leaders of this node or of one above it. */
	boolean readsAll(Actor actor) {
		return this.units.readsWholeSubtree(actor);
	}

	/**
	 * A unit's handlers and head at this node (supervisors and leaders read all anyway).
	 */
	boolean readsOwnUnit(Actor actor) {
		return ofThisNode(actor) && actor.unitCode() != null && actor.hasAny(Role.HANDLER, Role.UNIT_HEAD);
	}

	/** Whether the caller may read this bulletin. */
	boolean reads(Bulletin bulletin, Actor actor) {
		if (bulletin.status() != BulletinStatus.PUBLISHED) {
			return bulletin.nodeCode().equals(this.self.code()) && ofThisNode(actor)
					&& actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		}
		return readsAll(actor) || (readsOwnUnit(actor) && bulletin.unitCodes().contains(actor.unitCode()));
	}

	/** The bulletin if the caller may read it. */
	Bulletin requireReadable(Bulletin bulletin, Actor actor) {
		if (!reads(bulletin, actor)) {
			throw notFound(bulletin.id());
		}
		return bulletin;
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("没有通报 " + id + " (no bulletin " + id + ")");
	}

}
