package org.ducha.node.assessment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.node.record.RecordRows;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * The formula is the province's and every node scores with it: the province's system
 * administrator changes a weight, the version travels down the real links to the county
 * 阳东区, and the county's score of its education bureau changes with it. A formula that
 * does not add up or names an unknown measure is refused, naming the problem.
 */
class FormulaReplicationFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String YEAR = "year=2026";

	private static Federation federation;

	private static TestNode province;

	private static TestNode county;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of(), (code, builder) -> {
		}, "441704");
		province = federation.province;
		county = federation.yangdong;
		// jyj of 441704: two report slots of 2026, one filled on time, one late
		new RecordRows(county.bean(JdbcClient.class), "441704").task("t1", "2026-12-31", "IN_PROGRESS")
			.assignment("a1", "t1", "441704:jyj", "LEAD", "IN_PROGRESS")
			.slot("a1", 1, "2026-03-10", "2026-03-09", true)
			.slot("a1", 2, "2026-06-10", "2026-06-12", false);
	}

	@AfterAll
	static void stop() {
		if (federation != null) {
			federation.close();
		}
	}

	@Test
	void aWeightChangedAtTheProvinceChangesTheCountysScoreOnceReplicated() {
		RestClient countySupervisor = county.api(TestKeys.token("sup-441704", "441704", "441704", "supervisor"));
		// 60 × 1/2 + 40 (nothing completed: full weight)
		assertThat(ScoreViews.unit(countySupervisor, "441704:jyj", YEAR).total()).isEqualByComparingTo("70.00");

		Map<String, Object> set = ok(call(sysadmin(), HttpMethod.PUT, "/api/v1/assessment/formula",
				Map.of("reason", "2026年起突出按时报送", "rules",
						List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", 80),
								Map.of("measure", "ON_TIME_COMPLETION", "weight", 20),
								Map.of("measure", "OVERDUE_DAYS", "perFact", 1, "cap", 30)))));

		assertThat(((Number) set.get("version")).longValue()).isEqualTo(1);
		// 80 × 1/2 + 20
		await().atMost(PATIENCE).untilAsserted(() -> {
			ScoreViews.UnitScoreView score = ScoreViews.unit(countySupervisor, "441704:jyj", YEAR);
			assertThat(score.formulaVersion()).isEqualTo(1);
			assertThat(score.total()).isEqualByComparingTo("60.00");
		});
		assertThat(ScoreViews.unit(countySupervisor, "441704:jyj", YEAR).measure("ON_TIME_REPORTS").facts())
			.extracting((fact) -> fact.links().reportId())
			.containsExactly("r-a11", "r-a12");
		assertThat(audited(province, "ASSESSMENT_FORMULA_SET")).isTrue();
		assertThat(audited(county, "ASSESSMENT_FORMULA_RECEIVED")).isTrue();
		assertThat(audited(federation.city, "ASSESSMENT_FORMULA_RECEIVED")).as("the city keeps its copy").isTrue();
	}

	@Test
	void refusesWeightsThatDoNotAddUpAndAnUnknownMeasureNamingThem() {
		ResponseEntity<Map<String, Object>> sum = call(sysadmin(), HttpMethod.PUT, "/api/v1/assessment/formula",
				Map.of("reason", "试行", "rules", List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", 50),
						Map.of("measure", "ON_TIME_COMPLETION", "weight", 40))));
		ResponseEntity<Map<String, Object>> unknown = call(sysadmin(), HttpMethod.PUT, "/api/v1/assessment/formula",
				Map.of("reason", "试行", "rules", List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", 100),
						Map.of("measure", "GOOD_MOOD", "perFact", 1, "cap", 5))));

		assertThat(sum.getStatusCode().value()).isEqualTo(400);
		assertThat(String.valueOf(sum.getBody().get("detail"))).startsWith("按比率计分的指标权重之和应为 100，现为 90")
			.contains("add up to 90, not 100");
		assertThat(unknown.getStatusCode().value()).isEqualTo(400);
		assertThat(String.valueOf(unknown.getBody().get("detail"))).contains("'GOOD_MOOD'");
		RestClient supervisor = province.api(TestKeys.token("sup-440000", "440000", "440000", "supervisor"));
		assertThat(call(supervisor, HttpMethod.PUT, "/api/v1/assessment/formula",
				Map.of("reason", "试行", "rules", List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", 100))))
			.getStatusCode()
			.value()).as("a supervisor does not set the formula").isEqualTo(403);
	}

	private static RestClient sysadmin() {
		return province.api(TestKeys.token("sysadmin-440000", "440000", null, "sysadmin"));
	}

	private static boolean audited(TestNode node, String action) {
		return node.bean(AuditTrail.class).latest(200).stream().anyMatch((record) -> record.action().equals(action));
	}

}
