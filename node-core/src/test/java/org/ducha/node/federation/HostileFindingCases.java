package org.ducha.node.federation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.inspection.finding.RectificationRequiring;
import org.ducha.node.inspection.finding.RectificationWork;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.InspectionRectificationReported;
import org.ducha.proto.federation.v1.InspectionRectificationStated;

import static org.ducha.node.federation.HostileWorld.sent;

/**
 * The cases of rectification after an inspection's findings: a requirement travels down
 * from its issuer on the task channel, about a unit of the receiver's subtree, and never
 * changes what it required of whom by when; a unit's report travels up from the unit's
 * node on the report channel, answering a requirement to that unit. Each the allowed way,
 * and each forbidden one.
 */
final class HostileFindingCases {

	private HostileFindingCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		Channel task = Channel.CHANNEL_TASK;
		Channel report = Channel.CHANNEL_REPORT;
		String requirementId = requirement(w.city, "441704");
		HostileWorld.awaitHeld(w.county, "inspection_rectification", "id", requirementId);
		String reportId = w.county.bean(RectificationWork.class)
			.report(requirementId, "已整改到位", List.of(), actor(w.county, Role.SUPERVISOR))
			.id();
		InspectionRectificationStated stated = sent(w.city, "441704", Event.KindCase.INSPECTION_RECTIFICATION_STATED,
				(event) -> event.getInspectionRectificationStated().getRectificationId().equals(requirementId))
			.getInspectionRectificationStated();
		InspectionRectificationReported reported = sent(w.county, "441700",
				Event.KindCase.INSPECTION_RECTIFICATION_REPORTED,
				(event) -> event.getInspectionRectificationReported().getReportId().equals(reportId))
			.getInspectionRectificationReported();
		return List.of(
				// InspectionRectificationStated: down from its issuer
				w.applied("the city restates its requirement to the county", w.city, task, "441704", stated(stated)),
				w.quarantined("the county sends its own requirement up", w.county, report, "440000",
						stated(stated.toBuilder().setRectificationId(WireEvents.id()).setIssuingNode("441704")),
						"InspectionRectificationStated travels on the task channel"),
				w.quarantined("the city sends a requirement on the alert channel", w.city, Channel.CHANNEL_ALERT,
						"441704", stated(stated), "InspectionRectificationStated travels on the task channel"),
				w.quarantined("the city requires 江城区 to rectify, sent to the county", w.city, task, "441704",
						stated(stated.toBuilder().setRectificationId(WireEvents.id()).setUnitCode("441702")),
						"concerns unit 441702, outside the subtree of 441704"),
				// what was required of whom by when never changes
				w.quarantined("the city restates its requirement with a later deadline", w.city, task, "441704",
						stated(stated.toBuilder().setDeadline("2030-12-31").setRevision(stated.getRevision() + 1)),
						"is stated again with other facts"),
				// InspectionRectificationReported: up from the unit's node
				w.applied("the county restates its report", w.county, report, "441700", reported(reported)),
				w.quarantined("the county reports 江城区's rectification", w.county, report, "441700",
						reported(reported.toBuilder().setReportId(WireEvents.id()).setUnitCode("441702")),
						"is originated by the unit's node, node 441702, not by node 441704"),
				w.quarantined("the city sends a report down", w.city, task, "441704",
						reported(reported.toBuilder().setReportId(WireEvents.id()).setUnitCode("441700")),
						"InspectionRectificationReported travels on the report channel"),
				w.quarantined("the county answers a requirement it never received", w.county, report, "441700",
						reported(reported.toBuilder().setReportId(WireEvents.id()).setRectificationId(WireEvents.id())),
						"which is no requirement to that unit held here"),
				w.quarantined("the county moves its report to another requirement", w.county, report, "441700",
						reported(reported.toBuilder().setRectificationId(requirement(w.city, "441704"))),
						"answers requirement " + requirementId));
	}

	/** A requirement of a node's own carried-out plan for a unit; its id. */
	private static String requirement(TestNode node, String unit) {
		Planning planning = node.bean(Planning.class);
		Actor supervisor = actor(node, Role.SUPERVISOR);
		UUID plan = planning
			.draft(new PlanDraft("整改督查", PlanKind.SPECIAL, EnumSet.of(InspectionMethod.SITE_VISITS),
					LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-31"), List.of(unit), List.of("督查员甲"),
					new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), null), supervisor)
			.plan()
			.id();
		planning.submit(plan, "统筹开展", supervisor);
		planning.approve(plan, actor(node, Role.LEADER));
		planning.carryOut(plan, supervisor);
		String finding = node.bean(FindingRecording.class).record(plan.toString(), "台账不全", List.of(), supervisor).id();
		return node.bean(RectificationRequiring.class).require(finding, unit, "补齐台账", 10, supervisor).id();
	}

	private static Actor actor(TestNode node, Role role) {
		return new Actor(role.claim() + "-" + node.code(), role.claim(), node.code(), node.code(), Set.of(role));
	}

	private static Event stated(InspectionRectificationStated stated) {
		return Event.newBuilder().setInspectionRectificationStated(stated).build();
	}

	private static Event stated(InspectionRectificationStated.Builder stated) {
		return Event.newBuilder().setInspectionRectificationStated(stated).build();
	}

	private static Event reported(InspectionRectificationReported reported) {
		return Event.newBuilder().setInspectionRectificationReported(reported).build();
	}

	private static Event reported(InspectionRectificationReported.Builder reported) {
		return Event.newBuilder().setInspectionRectificationReported(reported).build();
	}

}
