package org.ducha.node.inspection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.inspection.PlanCalls.PlanView;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.inspection.PlanCalls.approved;
import static org.ducha.node.inspection.PlanCalls.call;
import static org.ducha.node.inspection.PlanCalls.draft;
import static org.ducha.node.inspection.PlanCalls.get;
import static org.ducha.node.inspection.PlanCalls.leader;
import static org.ducha.node.inspection.PlanCalls.plan;
import static org.ducha.node.inspection.PlanCalls.step;
import static org.ducha.node.inspection.PlanCalls.supervisor;
import static org.ducha.node.inspection.PlanCalls.tracesOf;

/**
 * Inspection plans across the levels (issue 18's story): the province plans an
 * unannounced inspection of 阳西县, of which the databases of 阳江市 and 阳西县 hold no trace — no
 * plan, no outbox entry, no quarantined or applied event, no audit record — until it is
 * carried out, when what the results need arrives without the team; the city's announced
 * plan on 阳东区 travels to 阳东区 and up to the province, which is warned when it plans 阳东区
 * for the same month and goes on with a recorded reason. Unannounced plans warn nobody,
 * but are warned themselves.
 */
class PlanFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of("ducha.scheduling", "false"), (code, builder) -> {
		}, YANGDONG, YANGXI);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void anUnannouncedPlanLeavesNoTraceBelowItsPlannerUntilItIsCarriedOut() {
		TestNode province = federation.province;
		TestNode city = federation.city;
		TestNode yangxi = federation.county(YANGXI);
		String title = "阳西县安全生产暗访" + UUID.randomUUID().toString().substring(0, 8);
		PlanView drafted = draft(province,
				plan(title, List.of("UNANNOUNCED_VISITS", "SITE_VISITS"), "2026-05-11", "2026-05-15", YANGXI));
		assertThat(drafted.unannounced()).isTrue();
		PlanView approved = approved(province, drafted.id());
		assertThat(approved.status()).isEqualTo("APPROVED");
		federation.awaitQuiet();

		for (TestNode below : List.of(city, yangxi)) {
			assertThat(tracesOf(below, drafted.id())).as("the plan's id anywhere at " + below.code()).isEmpty();
			assertThat(tracesOf(below, title)).as("the plan's title anywhere at " + below.code()).isEmpty();
			assertThat(rows(below, "SELECT COUNT(*) FROM inspection_plan WHERE unannounced = TRUE")).isZero();
			ResponseEntity<String> asked = get(below, drafted.id());
			ResponseEntity<String> missing = get(below, UUID.randomUUID().toString());
			assertThat(asked.getStatusCode().value()).isEqualTo(404);
			assertThat(asked.getBody().replace(drafted.id(), "ID")).as("answered exactly as a missing plan")
				.isEqualTo(missing.getBody().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
		}
		assertThat(tracesOf(province, title)).as("the planner keeps it")
			.contains("inspection_plan.title")
			.noneMatch((column) -> column.startsWith("fed_"));

		PlanView done = step(supervisor(province), drafted.id(), "carry-out", null);
		assertThat(done.status()).isEqualTo("CARRIED_OUT");
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(get(yangxi, drafted.id()).getStatusCode().value()).isEqualTo(200);
			assertThat(get(city, drafted.id()).getStatusCode().value()).isEqualTo(200);
		});
		PlanView atCounty = supervisor(yangxi).get()
			.uri("/api/v1/inspections/plans/{id}", drafted.id())
			.retrieve()
			.body(PlanView.class);
		assertThat(atCounty.status()).isEqualTo("CARRIED_OUT");
		assertThat(atCounty.team()).as("the team stays at the planner").isEmpty();
		assertThat(tracesOf(yangxi, title)).as("the same scan finds it once it may travel")
			.contains("inspection_plan.title");
		assertThat(tracesOf(province, drafted.id())).as("and reads an outbox entry's bytes")
			.contains("fed_outbound_entry.payload");
		assertThat(rows(yangxi, "SELECT COUNT(*) FROM inspection_plan_team")).isZero();
		assertThat(federation.county(YANGDONG).bean(InspectionPlans.class).find(UUID.fromString(drafted.id())))
			.as("the sibling county is no object of it")
			.isEmpty();

		step(supervisor(province), drafted.id(), "close", null);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					yangxi.bean(InspectionPlans.class).find(UUID.fromString(drafted.id())).orElseThrow().status())
				.isEqualTo(PlanStatus.CLOSED));
	}

	@Test
	void theProvinceIsWarnedOfTheCitysAnnouncedPlanOnTheSameCountyAndGoesOnWithAReason() {
		TestNode province = federation.province;
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		PlanView cityPlan = draft(city,
				plan("阳东区营商环境专项督查", List.of("REPORTS", "SITE_VISITS"), "2026-06-01", "2026-06-30", YANGDONG));
		assertThat(cityPlan.duplicates()).isEmpty();
		approved(city, cityPlan.id());
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(get(province, cityPlan.id()).getStatusCode().value()).as("up to the ancestors").isEqualTo(200);
			assertThat(get(yangdong, cityPlan.id()).getStatusCode().value()).as("to its object").isEqualTo(200);
		});
		assertThat(federation.county(YANGXI).bean(InspectionPlans.class).find(UUID.fromString(cityPlan.id())))
			.isEmpty();

		PlanView provincePlan = draft(province,
				plan("阳东区优化营商环境督查", List.of("DOCUMENT_REVIEW"), "2026-06-10", "2026-06-20", YANGDONG));
		assertThat(provincePlan.duplicates()).singleElement().satisfies((warning) -> {
			assertThat(warning.id()).isEqualTo(cityPlan.id());
			assertThat(warning.planningNode()).isEqualTo("441700");
			assertThat(warning.commonUnits()).containsExactly(YANGDONG);
		});
		ResponseEntity<String> refused = call(supervisor(province), HttpMethod.POST,
				"/api/v1/inspections/plans/{id}/submit", Map.of(), provincePlan.id());
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody()).contains("is DRAFT").contains("阳东区营商环境专项督查");
		PlanView submitted = step(supervisor(province), provincePlan.id(), "submit",
				Map.of("duplicateReason", "省领导批示要求省级专项督查，与市级督查联合开展"));
		assertThat(submitted.status()).isEqualTo("AWAITING_APPROVAL");
		assertThat(submitted.duplicateReason()).isEqualTo("省领导批示要求省级专项督查，与市级督查联合开展");
		assertThat(rows(province, "SELECT COUNT(*) FROM audit_event WHERE action = 'INSPECTION_PLAN_SUBMITTED' "
				+ "AND detail LIKE '%省领导批示要求%'"))
			.as("the reason is audited")
			.isEqualTo(1);

		PlanView secret = draft(province,
				plan("阳东区暗访", List.of("UNANNOUNCED_VISITS"), "2026-06-15", "2026-06-16", YANGDONG));
		assertThat(secret.duplicates()).as("an unannounced plan is checked against the announced ones")
			.extracting(PlanCalls.DuplicateView::id)
			.contains(cityPlan.id(), provincePlan.id());
		assertThat(step(supervisor(province), secret.id(), "withdraw", null).status()).isEqualTo("WITHDRAWN");
		PlanView secretAgain = draft(province,
				plan("阳东区暗访二", List.of("UNANNOUNCED_VISITS"), "2026-06-15", "2026-06-16", YANGDONG));
		step(supervisor(province), secretAgain.id(), "submit", Map.of("duplicateReason", "暗访核实群众反映问题"));
		assertThat(step(leader(province), secretAgain.id(), "approve", null).status()).isEqualTo("APPROVED");
		PlanView announcedAfter = draft(province,
				plan("阳东区民生督查", List.of("FORUMS"), "2026-06-15", "2026-06-15", YANGDONG));
		assertThat(announcedAfter.duplicates()).as("an unannounced plan warns nobody")
			.extracting(PlanCalls.DuplicateView::title)
			.containsExactlyInAnyOrder("阳东区营商环境专项督查", "阳东区优化营商环境督查");

		assertThat(call(leader(city), HttpMethod.POST, "/api/v1/inspections/plans/{id}/approve", null, cityPlan.id())
			.getStatusCode()
			.value()).as("approving twice").isEqualTo(409);
		assertThat(
				call(leader(province), HttpMethod.POST, "/api/v1/inspections/plans/{id}/carry-out", null, cityPlan.id())
					.getStatusCode()
					.value())
			.as("another node's plan")
			.isEqualTo(403);
	}

	private static long rows(TestNode node, String sql) {
		return node.bean(JdbcClient.class).sql(sql).query(Long.class).single();
	}

}
