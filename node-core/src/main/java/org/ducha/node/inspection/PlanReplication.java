package org.ducha.node.inspection;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copies of other nodes' plans, as their planners state them, and reads this
 * node's knowledge for a re-sync. A node is believed only about its own plans, of units
 * at or below it; an unannounced plan is refused before it is carried out, so that it is
 * never stored below its planner while it is secret. A copy's facts never change; its
 * status only moves forward.
 */
@Service
public class PlanReplication {

	private static final int MAX_DEPTH = 16;

	private static final Set<PlanStatus> STATED = EnumSet.of(PlanStatus.APPROVED, PlanStatus.CARRIED_OUT,
			PlanStatus.CLOSED);

	private final PlanStore plans;

	private final NodeIdentity self;

	private final Directory directory;

	private final Ancestry ancestry;

	private final AuditTrail audit;

	PlanReplication(PlanStore plans, NodeIdentity self, Directory directory, Ancestry ancestry, AuditTrail audit) {
		this.plans = plans;
		this.self = self;
		this.directory = directory;
		this.ancestry = ancestry;
		this.audit = audit;
	}

	/**
	 * A plan as its planner states it: kept once, then only a later status.
	 * @param statedBy the node stating it, which must be the planner
	 * @throws ForbiddenException when another node states it, it is unannounced and not
	 * carried out, it names people, its units lie outside the planner's subtree, or a
	 * restatement changes its facts
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void apply(InspectionPlan copy, String statedBy) {
		String id = "Inspection plan " + copy.id() + " of " + copy.planningNode();
		if (!copy.planningNode().equals(statedBy) || statedBy.equals(this.self.code())) {
			throw new ForbiddenException(id + " is stated by node " + statedBy);
		}
		if (!STATED.contains(copy.status())) {
			throw new ForbiddenException(id + " is stated as " + copy.status() + "; only an approved, carried out "
					+ "or closed plan is stated to other nodes");
		}
		if (!copy.revealed()) {
			throw new ForbiddenException(id + " is unannounced and " + copy.status() + "; it is kept at its planner "
					+ "until it is carried out");
		}
		if (copy.draftedBy() != null || copy.approvedBy() != null || !copy.content().team().isEmpty()) {
			throw new ForbiddenException(id + " names its drafter, approver or team, which stay at its planner");
		}
		checkUnits(copy, id);
		InspectionPlan known = this.plans.lock(copy.id()).orElse(null);
		if (known == null) {
			this.plans.insert(copy);
			this.audit.recordWithChange(AuditCategory.BUSINESS, "INSPECTION_PLAN_RECEIVED", statedBy, statedBy,
					id + " '" + copy.content().title() + "', " + copy.status());
			return;
		}
		if (!known.planningNode().equals(copy.planningNode()) || !known.content().equals(copy.content())) {
			throw new ForbiddenException(id + " is stated again with other facts (planner, title, kind, methods, "
					+ "period, units or basis), which never change");
		}
		if (copy.status().ordinal() > known.status().ordinal()) {
			this.plans.update(new InspectionPlan(known.id(), known.planningNode(), known.planningNodeName(),
					known.content(), copy.status(), null, known.draftedAt(), null, null, null,
					firstOf(known.approvedAt(), copy.approvedAt()), firstOf(known.carriedOutAt(), copy.carriedOutAt()),
					firstOf(known.closedAt(), copy.closedAt()), known.version()));
		}
	}

	/**
	 * Revealed plans for a re-sync: planned inside the nodes (towards the parent) or
	 * planned outside them about their units (towards a child), after a plan id.
	 */
	@Transactional(readOnly = true)
	public List<InspectionPlan> forSubtree(Collection<String> nodes, boolean plannedInside, String afterId, int limit) {
		return this.plans.revealedForSubtree(nodes, plannedInside, STATED, afterId, limit);
	}

	/**
	 * From above, a plan concerns a unit of this subtree; from below, every unit lies at
	 * or below the planner as the tree announced it.
	 */
	private void checkUnits(InspectionPlan copy, String id) {
		List<String> nodes = copy.content().objects().stream().map((o) -> Unit.nodeOf(o.unitCode())).toList();
		boolean fromAbove = this.ancestry.isAncestor(copy.planningNode());
		boolean fits = fromAbove ? nodes.stream().anyMatch(this.directory::isSelfOrBelow)
				: nodes.stream().allMatch((node) -> atOrBelow(node, copy.planningNode()));
		if (!fits) {
			throw new ForbiddenException(
					id + " inspects units " + nodes + ", outside what its planner may inspect " + "as known here");
		}
	}

	private static java.time.Instant firstOf(java.time.Instant known, java.time.Instant stated) {
		return (known != null) ? known : stated;
	}

	private boolean atOrBelow(String node, String planner) {
		String current = node;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current.equals(planner)) {
				return true;
			}
			current = this.directory.find(current).map(DirectoryNode::parentCode).orElse(null);
		}
		return false;
	}

}
