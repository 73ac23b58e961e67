package org.ducha.node.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.InspectionObject;
import org.ducha.proto.federation.v1.InspectionPlanStated;
import org.ducha.proto.federation.v1.InspectionPlanStatus;

import static org.ducha.node.federation.HostileWorld.sent;

/**
 * The cases of inspection plans: a plan travels both ways from its planner, on the alert
 * channel, about units at or below it; an unannounced plan is refused wherever it arrives
 * before it is carried out; a copy's facts never change. Each the allowed way, and each
 * forbidden one.
 */
final class HostileInspectionCases {

	private HostileInspectionCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		Channel alert = Channel.CHANNEL_ALERT;
		InspectionPlanStated cityPlan = plan(w.city, "441704", approvedPlan(w.city, "441704", "阳东区防汛专项督查"));
		InspectionPlanStated countyPlan = plan(w.county, "441700", approvedPlan(w.county, "441704", "阳东区自查督查"));
		return List.of(
				// InspectionPlanStated: either way, from its planning node
				w.applied("the city restates its plan to the county", w.city, alert, "441704", plan(cityPlan)),
				w.applied("the county restates its plan to the province", w.county, alert, "440000", plan(countyPlan)),
				w.quarantined("the county states a plan in the city's name", w.county, alert, "440000",
						plan(cityPlan.toBuilder().setPlanId(WireEvents.id())),
						"is originated by the plan's planning node, node 441700, not by node 441704"),
				w.quarantined("the county sends a plan on the report channel", w.county, Channel.CHANNEL_REPORT,
						"440000", plan(countyPlan), "InspectionPlanStated travels on the alert channel"),
				w.quarantined("the county plans an inspection of 江城区", w.county, alert, "440000",
						plan(countyPlan.toBuilder()
							.setPlanId(WireEvents.id())
							.clearObjects()
							.addObjects(InspectionObject.newBuilder().setUnitCode("441702").setUnitName("江城区"))),
						"outside what its planner may inspect"),
				// an unannounced plan is stored nowhere below its planner before it is
				// carried out
				w.quarantined("the city sends an unannounced plan before it is carried out", w.city, alert, "441704",
						plan(cityPlan.toBuilder()
							.setPlanId(WireEvents.id())
							.setUnannounced(true)
							.addMethods(
									org.ducha.proto.federation.v1.InspectionMethod.INSPECTION_METHOD_UNANNOUNCED_VISITS)),
						"is unannounced and APPROVED"),
				// a plan's planner, period and units never change
				w.quarantined("the city restates its plan with another period", w.city, alert, "441704",
						plan(cityPlan.toBuilder()
							.setEndsOn("2026-12-31")
							.setStatus(InspectionPlanStatus.INSPECTION_PLAN_STATUS_CARRIED_OUT)),
						"is stated again with other facts"));
	}

	/** A plan drafted, submitted and approved at a node by its own people; its id. */
	private static String approvedPlan(TestNode node, String unit, String title) {
		Planning planning = node.bean(Planning.class);
		Actor supervisor = new Actor("sup-" + node.code(), "督查员", node.code(), node.code(), Set.of(Role.SUPERVISOR));
		Actor leader = new Actor("leader-" + node.code(), "领导", node.code(), node.code(), Set.of(Role.LEADER));
		UUID id = planning
			.draft(new PlanDraft(title, PlanKind.SPECIAL, Set.of(InspectionMethod.SITE_VISITS),
					LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31"), List.of(unit), List.of("督查员甲"),
					new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), null), supervisor)
			.plan()
			.id();
		planning.submit(id, "市县联合督查", supervisor);
		planning.approve(id, leader);
		return id.toString();
	}

	/** A plan as its planner sent it to a peer. */
	private static InspectionPlanStated plan(TestNode planner, String peer, String planId) {
		return sent(planner, peer, Event.KindCase.INSPECTION_PLAN_STATED,
				(event) -> event.getInspectionPlanStated().getPlanId().equals(planId))
			.getInspectionPlanStated();
	}

	private static Event plan(InspectionPlanStated plan) {
		return Event.newBuilder().setInspectionPlanStated(plan).build();
	}

	private static Event plan(InspectionPlanStated.Builder plan) {
		return Event.newBuilder().setInspectionPlanStated(plan).build();
	}

}
