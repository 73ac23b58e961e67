package org.ducha.node.specialreport;

import org.ducha.node.NodeIdentity;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with special reports (docs/security.md, "Special reports and
 * priorities"): a report is written for this node's leaders, so only this node's
 * supervisors and leaders see any; its supervisors see every report, its leaders the
 * submitted ones. Supervisors compose, edit, submit and turn instructions into tasks;
 * leaders read and instruct. A report the caller may not see is answered 404, exactly as
 * a missing one; a step by the wrong role is 403.
 */
@Component
class SpecialReportScope {

	private final UnitAccess units;

	private final NodeIdentity self;

	SpecialReportScope(UnitAccess units, NodeIdentity self) {
		this.units = units;
		this.self = self;
	}

	/** A supervisor or leader of this node, who lists special reports. */
	void requireAudience(Actor actor) {
		if (!this.units.isOfThisNode(actor) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("专报仅供" + this.self.name() + "的督查人员和领导查看: only the supervisors and "
					+ "leaders of " + this.self.name() + " read its special reports");
		}
	}

	/** A supervisor of this node, who composes a special report. */
	void requireComposer(Actor actor) {
		if (!this.units.isOfThisNode(actor) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("仅" + this.self.name() + "的督查人员可撰写专报: only a supervisor of " + this.self.name()
					+ " composes a special report");
		}
	}

	boolean sees(SpecialReport report, Actor actor) {
		if (!this.units.isOfThisNode(actor) || !report.nodeCode().equals(this.self.code())) {
			return false;
		}
		return actor.has(Role.SUPERVISOR) || (actor.has(Role.LEADER) && report.status() != SpecialReportStatus.DRAFT);
	}

	void requireReader(SpecialReport report, Actor actor) {
		if (!sees(report, actor)) {
			throw notFound(report.id().toString());
		}
	}

	/**
	 * A step on a report by one of this node's people in a role.
	 * @throws NotFoundException when the caller may not see the report
	 * @throws ForbiddenException when the caller lacks the role
	 */
	void requireStep(SpecialReport report, Actor actor, Role role, String act) {
		requireReader(report, actor);
		if (!actor.has(role)) {
			throw new ForbiddenException("仅" + this.self.name() + "的" + (role == Role.LEADER ? "领导" : "督查人员") + "可"
					+ act + "专报: only a " + role.claim() + " of " + this.self.name() + " does this to special "
					+ "report " + report.id());
		}
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("未找到专报 " + id + ": no special report " + id);
	}

}
