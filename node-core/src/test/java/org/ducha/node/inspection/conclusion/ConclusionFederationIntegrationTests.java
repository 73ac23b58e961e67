package org.ducha.node.inspection.conclusion;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.inspection.conclusion.ConclusionCalls.ConclusionView;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.inspection.conclusion.ConclusionCalls.as;
import static org.ducha.node.inspection.conclusion.ConclusionCalls.call;
import static org.ducha.node.inspection.conclusion.ConclusionCalls.draft;
import static org.ducha.node.inspection.conclusion.ConclusionCalls.get;
import static org.ducha.node.inspection.conclusion.ConclusionCalls.plan;
import static org.ducha.node.inspection.conclusion.ConclusionCalls.step;

/**
 * A conclusion across the levels (issue 18, item 5): 阳江市 issues its conclusion on an
 * inspection of 阳东区, which signs for it and objects on the 30th day (a second objection
 * on the 31st is refused); the review is reminded 5 days before its deadline; the
 * conclusion's approver is refused as a reviewer (403), a supervisor who is none of the
 * authors reviews it and the changed conclusion reaches the county; nothing of an
 * unannounced plan not yet carried out is issued; the sibling 阳西县 sees none of it.
 */
class ConclusionFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private static final TestClock clock = TestClock.at("2026-03-02T09:00:00");

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of("ducha.scheduling", "false"),
				(code, builder) -> builder.bean("clock", clock), YANGDONG, YANGXI);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void aConclusionIssuedByTheCityIsSignedObjectedToAndReviewedByANonAuthorAndTheOutcomeReachesTheCounty() {
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		TestNode yangxi = federation.county(YANGXI);
		RestClient drafter = as(city, "supervisor-441700", null, "supervisor");
		RestClient approver = as(city, "leader-441700", null, "leader");
		RestClient teamMember = as(city, "team-441700", null, "supervisor");
		RestClient reviewer = as(city, "reviewer-441700", null, "supervisor");
		RestClient clerk = as(yangdong, "clerk-441704", YANGDONG, "handler");
		String planId = plan(city, false, "CARRIED_OUT", List.of(YANGDONG), "planner-441700", "leader-441700",
				List.of("team-441700"));

		ConclusionView drafted = draft(drafter, planId, YANGDONG, "阳东区专项整治整改基本到位。");
		assertThat(drafted.state()).isEqualTo("DRAFT");
		assertThat(status(drafter, HttpMethod.POST, "/api/v1/conclusions/{id}/issue", drafted.id()))
			.as("issued before its approval")
			.isEqualTo(409);
		assertThat(status(drafter, HttpMethod.POST, "/api/v1/conclusions/{id}/approve", drafted.id()))
			.as("approved by a supervisor")
			.isEqualTo(403);
		step(approver, drafted.id(), "approve", null);
		ConclusionView issued = step(drafter, drafted.id(), "issue", null);
		assertThat(issued.state()).isEqualTo("ISSUED");
		ConclusionView second = draft(drafter, planId, YANGDONG, "阳东区台账资料不全。");
		step(approver, second.id(), "approve", null);
		step(drafter, second.id(), "issue", null);

		await().atMost(PATIENCE).until(() -> rows(yangdong, "SELECT COUNT(*) FROM inspection_conclusion") == 2);
		assertThat(get(clerk, issued.id()).text()).isEqualTo("阳东区专项整治整改基本到位。");
		assertThat(status(as(yangdong, "clerk-441704", YANGDONG, "handler"), HttpMethod.POST,
				"/api/v1/conclusions/{id}/objection", issued.id(), Map.of("reasons", "未签收先复核")))
			.as("objected to before the signing")
			.isEqualTo(409);
		ConclusionView signed = step(clerk, issued.id(), "sign", null);
		assertThat(signed.signedOn()).isEqualTo("2026-03-02");
		assertThat(signed.objectionClosesOn()).isEqualTo("2026-04-01");
		step(clerk, second.id(), "sign", null);
		await().atMost(PATIENCE).until(() -> "SIGNED".equals(get(drafter, issued.id()).state()));

		clock.set("2026-04-01T17:00:00");
		ConclusionView objected = step(clerk, issued.id(), "objection",
				Map.of("reasons", "整改已全部完成，结论认定“基本到位”与事实不符", "attachmentIds", List.of("evidence-1")));
		assertThat(objected.state()).as("objected on the 30th day after the signing").isEqualTo("OBJECTED");
		assertThat(objected.reviewDueOn()).isEqualTo("2026-05-01");
		clock.set("2026-04-02T09:00:00");
		ResponseEntity<String> late = call(clerk, HttpMethod.POST, "/api/v1/conclusions/{id}/objection",
				Map.of("reasons", "同上"), second.id());
		assertThat(late.getStatusCode().value()).as("objected on the 31st day").isEqualTo(409);
		assertThat(late.getBody()).contains("closed on 2026-04-01");

		await().atMost(PATIENCE).until(() -> "OBJECTED".equals(get(drafter, issued.id()).state()));
		clock.set("2026-04-26T09:00:00");
		assertThat(city.bean(ReviewReminders.class).remindDue()).as("5 days before the review's deadline").isEqualTo(1);
		assertThat(city.bean(ReviewReminders.class).remindDue()).as("a mark is reminded once").isZero();
		assertThat(get(drafter, issued.id()).remindedDaysBefore()).containsExactly(5);

		for (RestClient author : List.of(drafter, approver, teamMember)) {
			ResponseEntity<String> refused = call(author, HttpMethod.POST, "/api/v1/conclusions/{id}/review",
					Map.of("outcome", "UPHELD"), issued.id());
			assertThat(refused.getStatusCode().value()).isEqualTo(403);
			assertThat(refused.getBody()).contains("回避");
		}
		assertThat(status(as(yangdong, "supervisor-441704", null, "supervisor"), HttpMethod.POST,
				"/api/v1/conclusions/{id}/review", issued.id(), Map.of("outcome", "UPHELD")))
			.as("reviewed at the unit's node")
			.isEqualTo(403);
		ConclusionView reviewed = step(reviewer, issued.id(), "review",
				Map.of("outcome", "CHANGED", "changedText", "阳东区专项整治整改全部到位。"));
		assertThat(reviewed.state()).isEqualTo("REVIEWED");
		assertThat(reviewed.review()).containsEntry("reviewedBy", "reviewer-441700").containsEntry("late", false);

		await().atMost(PATIENCE).until(() -> "REVIEWED".equals(get(clerk, issued.id()).state()));
		ConclusionView delivered = get(clerk, issued.id());
		assertThat(delivered.textInForce()).isEqualTo("阳东区专项整治整改全部到位。");
		assertThat(delivered.review()).containsEntry("outcome", "CHANGED");

		siblingSeesNothing(yangxi, issued.id());
	}

	@Test
	void nothingOfAnUnannouncedPlanNotYetCarriedOutIsIssuedDownward() {
		TestNode city = federation.city;
		RestClient drafter = as(city, "supervisor-441700", null, "supervisor");
		String planId = plan(city, true, "APPROVED", List.of(YANGDONG), "planner-441700", "leader-441700",
				List.of("team-441700"));
		ConclusionView drafted = draft(drafter, planId, YANGDONG, "暗访发现问题。");
		step(as(city, "leader-441700", null, "leader"), drafted.id(), "approve", null);
		ResponseEntity<String> refused = call(drafter, HttpMethod.POST, "/api/v1/conclusions/{id}/issue", null,
				drafted.id());
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody()).contains("unannounced and APPROVED");
		assertThat(rows(federation.county(YANGDONG),
				"SELECT COUNT(*) FROM inspection_conclusion WHERE plan_id = '" + planId + "'"))
			.isZero();
	}

	private static void siblingSeesNothing(TestNode yangxi, String conclusionId) {
		RestClient supervisor = as(yangxi, "supervisor-441721", null, "supervisor");
		assertThat(status(supervisor, HttpMethod.GET, "/api/v1/conclusions/{id}", conclusionId)).isEqualTo(404);
		assertThat(supervisor.get().uri("/api/v1/conclusions").retrieve().body(List.class)).isEmpty();
		assertThat(rows(yangxi, "SELECT COUNT(*) FROM inspection_conclusion")).isZero();
	}

	private static int status(RestClient client, HttpMethod method, String uri, String id) {
		return call(client, method, uri, null, id).getStatusCode().value();
	}

	private static int status(RestClient client, HttpMethod method, String uri, String id, Object body) {
		return call(client, method, uri, body, id).getStatusCode().value();
	}

	private static long rows(TestNode node, String sql) {
		return node.bean(JdbcClient.class).sql(sql).query(Long.class).single();
	}

}
