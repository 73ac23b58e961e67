package org.ducha.node.inspection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.api.PageResponse;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the inspection plans stored at this node as the caller may see them: every plan
 * for the supervisors and leaders of this node and those above; the plans of their own
 * unit for a unit's people. A plan the caller may not see is answered as missing.
 */
@Service
public class PlanReading {

	private final PlanStore plans;

	private final PlanScope scope;

	private final DuplicateCheck duplicates;

	private final NodeIdentity self;

	PlanReading(PlanStore plans, PlanScope scope, DuplicateCheck duplicates, NodeIdentity self) {
		this.plans = plans;
		this.scope = scope;
		this.duplicates = duplicates;
		this.self = self;
	}

	@Transactional(readOnly = true)
	public PageResponse<InspectionPlan> list(Set<PlanStatus> statuses, int page, int size, Actor actor) {
		if (this.scope.readsAll(actor)) {
			return new PageResponse<>(this.plans.page(statuses, size, (long) page * size), page, size,
					this.plans.count(statuses));
		}
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD)) {
			throw new ForbiddenException(
					"Inspection plans are listed for supervisors, leaders and the inspected " + "units' people");
		}
		if (actor.unitCode() == null) {
			return new PageResponse<>(List.of(), page, size, 0);
		}
		List<InspectionPlan> own = this.plans.covering(List.of(actor.unitCode()), statuses, false)
			.stream()
			.filter((plan) -> this.scope.sees(plan, actor))
			.toList();
		int from = (int) Math.min((long) page * size, own.size());
		return new PageResponse<>(own.subList(from, Math.min(from + size, own.size())), page, size, own.size());
	}

	/**
	 * One plan, with the warning of duplicate supervision while its planner decides on
	 * it.
	 */
	@Transactional(readOnly = true)
	public PlanDetail plan(UUID id, Actor actor) {
		InspectionPlan plan = this.plans.find(id).orElseThrow(() -> PlanScope.notFound(id.toString()));
		this.scope.requireReader(plan, actor);
		boolean deciding = plan.planningNode().equals(this.self.code())
				&& (plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.AWAITING_APPROVAL);
		return new PlanDetail(plan, deciding ? this.duplicates.duplicatesOf(plan) : List.of());
	}

}
