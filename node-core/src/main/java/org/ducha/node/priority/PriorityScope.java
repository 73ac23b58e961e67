package org.ducha.node.priority;

import org.ducha.node.NodeIdentity;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with annual priorities (docs/security.md, "Special reports and
 * priorities"): this node's supervisors and leaders see its drafts; approved priorities
 * (this node's and the copies of those above) are read by every supervisor, leader,
 * handler and unit head of this node and by the supervisors and leaders of the nodes
 * above. Only this node's supervisors draft, edit, submit and link; only its leaders
 * approve or send back; a copy of a higher node's priorities changes here by nothing.
 * Priorities the caller may not see are answered 404, as missing ones.
 */
@Component
class PriorityScope {

	private final UnitAccess units;

	private final NodeIdentity self;

	PriorityScope(UnitAccess units, NodeIdentity self) {
		this.units = units;
		this.self = self;
	}

	/** Whether the caller reads priorities here at all. */
	void requireReader(Actor actor) {
		boolean ofNode = this.units.isOfThisNode(actor)
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD);
		if (!ofNode && !this.units.readsWholeSubtree(actor)) {
			throw new ForbiddenException("年度督查工作重点仅供本级人员查看: only the people of " + this.self.name()
					+ " and the supervisors and leaders above read its priorities");
		}
	}

	/** Whether the caller sees drafts and priorities awaiting approval. */
	boolean seesDrafts(Actor actor) {
		return this.units.isOfThisNode(actor) && actor.hasAny(Role.SUPERVISOR, Role.LEADER);
	}

	boolean sees(AnnualPriorities priorities, Actor actor) {
		if (priorities.status() != PriorityStatus.APPROVED) {
			return priorities.nodeCode().equals(this.self.code()) && seesDrafts(actor);
		}
		return (this.units.isOfThisNode(actor)
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD))
				|| this.units.readsWholeSubtree(actor);
	}

	void requireVisible(AnnualPriorities priorities, Actor actor) {
		if (!sees(priorities, actor)) {
			throw notFound(priorities.id().toString());
		}
	}

	/** A supervisor of this node, who drafts priorities and links to them. */
	void requireSupervisor(Actor actor) {
		if (!this.units.isOfThisNode(actor) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("仅" + this.self.name() + "的督查人员可起草和关联年度督查工作重点: only a supervisor of "
					+ this.self.name() + " drafts priorities and links tasks and plans to them");
		}
	}

	/**
	 * A step on this node's own priorities by one of its people in a role.
	 * @throws NotFoundException when the caller may not see them
	 * @throws ForbiddenException when they are another node's, or the caller lacks the
	 * role
	 */
	void requireStep(AnnualPriorities priorities, Actor actor, Role role) {
		requireVisible(priorities, actor);
		if (!priorities.nodeCode().equals(this.self.code())) {
			throw new ForbiddenException("这是" + priorities.nodeName() + "的年度督查工作重点，只能由其本级修改: the priorities "
					+ priorities.id() + " are " + priorities.nodeName() + "'s and change there only");
		}
		if (!this.units.isOfThisNode(actor) || !actor.has(role)) {
			throw new ForbiddenException("仅" + this.self.name() + "的" + ((role == Role.LEADER) ? "领导" : "督查人员")
					+ "可执行此操作: only a " + role.claim() + " of " + this.self.name() + " does this");
		}
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("未找到年度督查工作重点 " + id + ": no priorities " + id);
	}

}
