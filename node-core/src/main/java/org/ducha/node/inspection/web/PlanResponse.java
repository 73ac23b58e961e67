package org.ducha.node.inspection.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.InspectionPlan;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDetail;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.PlanObject;
import org.ducha.node.inspection.PlanStatus;
import org.ducha.node.inspection.PlanSummary;

/**
 * An inspection plan as the API shows it, with the warning of duplicate supervision while
 * its planner decides on it.
 *
 * @param id id
 * @param planningNode the node that planned it
 * @param planningNodeName its name
 * @param title title
 * @param kind COMPREHENSIVE, SPECIAL or ROUTINE
 * @param methods how it inspects
 * @param unannounced whether it is unannounced (四不两直)
 * @param startsOn first day
 * @param endsOn last day
 * @param objects the units inspected
 * @param team the team's usernames (empty on a copy from another node)
 * @param basis what it rests on
 * @param status where it stands
 * @param draftedBy the drafting supervisor (null on a copy)
 * @param draftedAt when
 * @param duplicateReason why it goes on although warned
 * @param sentBackReason why a leader sent it back
 * @param approvedBy the approving leader (null on a copy)
 * @param approvedAt when
 * @param carriedOutAt when it was marked carried out
 * @param closedAt when it was closed
 * @param duplicates the announced plans that inspect a unit in common in an overlapping
 * period
 */
record PlanResponse(UUID id, String planningNode, String planningNodeName, String title, PlanKind kind,
		Set<InspectionMethod> methods, boolean unannounced, LocalDate startsOn, LocalDate endsOn,
		List<PlanObject> objects, List<String> team, PlanBasis basis, PlanStatus status, String draftedBy,
		Instant draftedAt, String duplicateReason, String sentBackReason, String approvedBy, Instant approvedAt,
		Instant carriedOutAt, Instant closedAt, List<PlanSummary> duplicates) {

	static PlanResponse of(PlanDetail detail) {
		return of(detail.plan(), detail.duplicates());
	}

	static PlanResponse of(InspectionPlan p) {
		return of(p, List.of());
	}

	private static PlanResponse of(InspectionPlan p, List<PlanSummary> duplicates) {
		return new PlanResponse(p.id(), p.planningNode(), p.planningNodeName(), p.content().title(), p.content().kind(),
				p.content().methods(), p.content().unannounced(), p.content().startsOn(), p.content().endsOn(),
				p.content().objects(), p.content().team(), p.content().basis(), p.status(), p.draftedBy(),
				p.draftedAt(), p.duplicateReason(), p.sentBackReason(), p.approvedBy(), p.approvedAt(),
				p.carriedOutAt(), p.closedAt(), duplicates);
	}

}
