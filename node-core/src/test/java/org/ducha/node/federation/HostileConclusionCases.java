package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.inspection.conclusion.ConclusionReceipt;
import org.ducha.node.inspection.conclusion.Concluding;
import org.ducha.node.inspection.conclusion.ObjectionReviewing;
import org.ducha.node.inspection.conclusion.ReviewOutcome;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ConclusionIssued;
import org.ducha.proto.federation.v1.ConclusionObjected;
import org.ducha.proto.federation.v1.ConclusionReviewed;
import org.ducha.proto.federation.v1.ConclusionSigned;
import org.ducha.proto.federation.v1.Event;

import static org.awaitility.Awaitility.await;
import static org.ducha.node.federation.HostileWorld.sent;

/**
 * The cases of inspection conclusions: a conclusion and its review travel down from the
 * issuing node, the signing and the objection up from the unit's node; each the allowed
 * way, each forbidden one, and restatements changing what never changes. The city really
 * issues a conclusion to 阳东区, which signs and objects, and the city reviews it.
 */
final class HostileConclusionCases {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private HostileConclusionCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		String id = concluded(w);
		Channel task = Channel.CHANNEL_TASK;
		Channel report = Channel.CHANNEL_REPORT;
		ConclusionIssued issued = sent(w.city, "441704", Event.KindCase.CONCLUSION_ISSUED,
				(event) -> event.getConclusionIssued().getConclusionId().equals(id))
			.getConclusionIssued();
		ConclusionSigned signed = sent(w.county, "441700", Event.KindCase.CONCLUSION_SIGNED,
				(event) -> event.getConclusionSigned().getConclusionId().equals(id))
			.getConclusionSigned();
		ConclusionObjected objected = sent(w.county, "441700", Event.KindCase.CONCLUSION_OBJECTED,
				(event) -> event.getConclusionObjected().getConclusionId().equals(id))
			.getConclusionObjected();
		ConclusionReviewed reviewed = sent(w.city, "441704", Event.KindCase.CONCLUSION_REVIEWED,
				(event) -> event.getConclusionReviewed().getConclusionId().equals(id))
			.getConclusionReviewed();
		return List.of(
				// ConclusionIssued: down from the issuing node
				w.applied("the city restates its conclusion to the county", w.city, task, "441704",
						Event.newBuilder().setConclusionIssued(issued).build()),
				w.quarantined("the county sends a conclusion up", w.county, report, "440000",
						Event.newBuilder().setConclusionIssued(issued.toBuilder().setIssuingNode("441704")).build(),
						"ConclusionIssued travels on the task channel"),
				w.quarantined("the city restates its conclusion in other words", w.city, task, "441704",
						Event.newBuilder().setConclusionIssued(issued.toBuilder().setText("全部到位")).build(),
						"is stated again with another plan, unit, text or authors"),
				// ConclusionSigned: up from the unit's node
				w.applied("the county restates its signing", w.county, report, "441700",
						Event.newBuilder().setConclusionSigned(signed).build()),
				w.quarantined("the city signs for the county", w.city, task, "441704",
						Event.newBuilder().setConclusionSigned(signed).build(),
						"ConclusionSigned travels on the report channel"),
				w.quarantined("the county moves its signing to another day", w.county, report, "441700",
						Event.newBuilder()
							.setConclusionSigned(signed.toBuilder().setSignedOn(LocalDate.of(2020, 1, 1).toString()))
							.build(),
						"its signing is stated again with other facts"),
				// ConclusionObjected: up from the unit's node
				w.applied("the county restates its objection", w.county, report, "441700",
						Event.newBuilder().setConclusionObjected(objected).build()),
				w.quarantined("the city objects in the county's name", w.city, task, "441704",
						Event.newBuilder().setConclusionObjected(objected).build(),
						"ConclusionObjected travels on the report channel"),
				w.quarantined("the county objects for 江城区", w.county, report, "441700",
						Event.newBuilder().setConclusionObjected(objected.toBuilder().setUnitCode("441702")).build(),
						"is originated by the unit's node, node 441702, not by node 441704"),
				// ConclusionReviewed: down from the issuing node
				w.applied("the city restates its review", w.city, task, "441704",
						Event.newBuilder().setConclusionReviewed(reviewed).build()),
				w.quarantined("the county reviews its own objection", w.county, report, "440000",
						Event.newBuilder().setConclusionReviewed(reviewed.toBuilder().setIssuingNode("441704")).build(),
						"ConclusionReviewed travels on the task channel"),
				w.quarantined("the city turns its review into another outcome", w.city, task, "441704",
						Event.newBuilder()
							.setConclusionReviewed(reviewed.toBuilder()
								.setOutcome(org.ducha.proto.federation.v1.ReviewOutcome.REVIEW_OUTCOME_CHANGED)
								.setChangedText("改为不到位"))
							.build(),
						"its review is stated again with other facts"));
	}

	/** The city concludes on 阳东区, which signs and objects; the city reviews. */
	private static String concluded(HostileWorld w) {
		String planId = plan(w.city);
		Actor supervisor = new Actor("sup-441700", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR));
		Concluding concluding = w.city.bean(Concluding.class);
		String id = concluding.draft(planId, "441704", "阳东区整改基本到位", supervisor).id();
		concluding.approve(id, new Actor("leader-441700", "市领导", "441700", "441700", Set.of(Role.LEADER)));
		concluding.issue(id, supervisor);
		Actor handler = new Actor("handler-441704", "承办人", "441704", "441704", Set.of(Role.HANDLER));
		awaitState(w.county, id, "issued_on");
		w.county.bean(ConclusionReceipt.class).sign(id, handler);
		awaitState(w.city, id, "signed_on");
		w.county.bean(ConclusionReceipt.class).object(id, "事实认定有误", List.of(), handler);
		awaitState(w.city, id, "objection_on");
		w.city.bean(ObjectionReviewing.class)
			.review(id, ReviewOutcome.UPHELD, null,
					new Actor("rev-441700", "复核人", "441700", "441700", Set.of(Role.SUPERVISOR)), null);
		awaitState(w.county, id, "review_outcome");
		return id;
	}

	private static void awaitState(TestNode node, String id, String column) {
		await().atMost(PATIENCE)
			.until(() -> HostileWorld.jdbc(node)
				.sql("SELECT COUNT(*) FROM inspection_conclusion WHERE id = ? AND " + column + " IS NOT NULL")
				.param(id)
				.query(Long.class)
				.single() == 1);
	}

	private static String plan(TestNode city) {
		String id = UUID.randomUUID().toString();
		HostileWorld.jdbc(city)
			.sql("INSERT INTO inspection_plan (id, planning_node, planning_node_name, title, kind, methods, "
					+ "unannounced, starts_on, ends_on, basis_kind, status, drafted_by, drafted_at, approved_by, "
					+ "version) VALUES (?, '441700', '阳江市', '专项督查', 'SPECIAL', 'SITE_VISITS', FALSE, ?, ?, "
					+ "'LEADER_INSTRUCTION', 'CARRIED_OUT', 'planner-441700', ?, 'leader-441700', 1)")
			.params(id, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
					Timestamp.from(Instant.parse("2026-01-10T01:00:00Z")))
			.update();
		HostileWorld.jdbc(city)
			.sql("INSERT INTO inspection_plan_object (plan_id, position, unit_code, unit_name) "
					+ "VALUES (?, 0, '441704', '阳东区')")
			.param(id)
			.update();
		return id;
	}

}
