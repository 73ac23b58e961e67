package org.ducha.node.contribution;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.testing.SupervisorCalls.assignment;
import static org.ducha.node.testing.SupervisorCalls.assignmentOf;
import static org.ducha.node.testing.SupervisorCalls.post;
import static org.ducha.node.testing.SupervisorCalls.status;
import static org.ducha.node.testing.SupervisorCalls.supervisor;

/**
 * Lead and co-units across the federation (主办单位汇总报送, docs/business-rules.md §6.8): 阳江市
 * hands a task to 阳东区 (lead) and 阳西县 (co-unit). 阳西县's contribution goes up to the city,
 * which passes it down to 阳东区 — never from one county into its sibling's subtree; 阳东区's
 * report sums it up and reaches the city, which returns it once and receives its
 * resubmission; the city's lights and on-time ranking count the lead only; the task
 * closes on the lead's approved completion, at every node. A skip-level task of the
 * province makes the same round through the city, which keeps what passes.
 */
class LeadAndCoUnitsFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of(), (code, builder) -> {
		}, YANGDONG, YANGXI);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	private static Map<String, Object> issue(TestNode issuer, String title) {
		return IssuedTasks.issue(issuer, Map.of("title", title, "source", "MAJOR_DECISION", "type", "SPECIAL",
				"deadline", LocalDate.now().plusMonths(3).toString(), "schedule",
				Map.of("type", "MILESTONES", "milestones",
						List.of(Map.of("due", LocalDate.now().plusMonths(1).toString(), "label", "第一阶段"))),
				"assignees",
				List.of(Map.of("unitCode", YANGDONG, "role", "LEAD"), Map.of("unitCode", YANGXI, "role", "CO"))));
	}

	private static List<Map<String, Object>> list(TestNode node, String uri, Object id) {
		return supervisor(node).get().uri(uri, id).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
		return new tools.jackson.databind.json.JsonMapper().readValue(response.getBody(), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> get(TestNode node, String uri, Object id) {
		return supervisor(node).get().uri(uri, id).retrieve().body(Map.class);
	}

	private static void awaitStatus(TestNode node, String assignmentId, String expected) {
		org.ducha.node.testing.SupervisorCalls.awaitStatus(node, assignmentId, expected, PATIENCE);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCoUnitsContributionReachesTheLeadThroughTheCityAndTheLeadAloneAnswersForTheTask() {
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		TestNode yangxi = federation.county(YANGXI);
		Map<String, Object> task = issue(city, "漠阳江流域水环境综合整治");
		Object taskId = task.get("id");
		String lead = assignmentOf(task, YANGDONG);
		String co = assignmentOf(task, YANGXI);
		awaitStatus(yangdong, lead, "PENDING_SIGN");
		awaitStatus(yangxi, co, "PENDING_SIGN");
		assertThat(status(yangxi, "/api/v1/assignments/{id}", lead)).as("never the sibling's assignment")
			.isEqualTo(404);
		post(yangdong, "/api/v1/assignments/{id}/sign", Map.of(), lead);
		post(yangxi, "/api/v1/assignments/{id}/sign", Map.of(), co);

		Map<String, Object> made = body(post(yangxi, "/api/v1/assignments/{id}/contributions",
				Map.of("progress", "完成入河排污口排查42个", "measures", "建立河长巡河台账", "difficulties", "部分排污口权属不清"), co));
		assertThat(made).containsEntry("slotLabel", "第一阶段").containsEntry("leadAssignmentId", null);
		Object contribution = made.get("id");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(list(city, "/api/v1/assignments/{id}/contributions", lead))
				.as("the city received it and passed it on to the lead")
				.extracting((c) -> c.get("id"))
				.containsExactly(contribution));
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(list(yangdong, "/api/v1/assignments/{id}/contributions", lead)).singleElement()
						.satisfies((c) -> {
							assertThat(c).containsEntry("unitCode", YANGXI).containsEntry("leadAssignmentId", lead);
							assertThat((Map<String, Object>) c.get("content")).containsEntry("progress", "完成入河排污口排查42个")
								.containsEntry("difficulties", "部分排污口权属不清");
						}));
		assertThat(status(yangdong, "/api/v1/assignments/{id}", co))
			.as("the lead reads the contribution, not the co-unit's assignment")
			.isEqualTo(404);

		Map<String, Object> summary = body(post(yangdong, "/api/v1/assignments/{id}/reports", Map.of("percentComplete",
				35, "progress", "牵头完成干流排污口整治；阳西县完成入河排污口排查42个", "contributions", List.of(contribution)), lead));
		Object first = summary.get("id");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(list(city, "/api/v1/tasks/{id}/reports", taskId)).singleElement()
				.satisfies((r) -> assertThat((List<Object>) r.get("contributions")).containsExactly(contribution)));

		assertThat(post(city, "/api/v1/reports/{id}/return", Map.of("reason", "请补充阳西县排污口整治时限"), first).getStatusCode()
			.value()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(list(yangdong, "/api/v1/tasks/{id}/reports", taskId)).singleElement()
				.satisfies((r) -> assertThat((Map<String, Object>) r.get("returned")).containsEntry("reason",
						"请补充阳西县排污口整治时限")));
		assertThat(post(yangdong, "/api/v1/assignments/{id}/reports", Map.of("percentComplete", 40, "progress", "另报"),
				lead)
			.getStatusCode()
			.value()).as("the returned report is submitted again first").isEqualTo(409);
		Object again = body(post(yangdong, "/api/v1/assignments/{id}/reports", Map.of("percentComplete", 40, "progress",
				"补充：阳西县排污口整治于年底前完成", "answers", first, "contributions", List.of(contribution)), lead))
			.get("id");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(list(city, "/api/v1/tasks/{id}/reports", taskId))
				.filteredOn((r) -> first.equals(r.get("id")))
				.singleElement()
				.satisfies(
						(r) -> assertThat((Map<String, Object>) r.get("returned")).containsEntry("answeredBy", again)));

		Map<String, Object> lights = get(city, "/api/v1/dashboard/summary?scope=subtree", null);
		assertThat((List<Map<String, Object>>) lights.get("units")).as("the co-unit's assignment is not counted")
			.extracting((u) -> u.get("unitCode"))
			.contains(YANGDONG)
			.doesNotContain(YANGXI);
		assertThat(list(city, "/api/v1/lights/units", null)).extracting((u) -> u.get("unitCode"))
			.contains(YANGDONG)
			.doesNotContain(YANGXI);
		assertThat((List<Map<String, Object>>) get(city, "/api/v1/dashboard/on-time-rate", null).get("items"))
			.extracting((u) -> u.get("unitCode"))
			.contains(YANGDONG)
			.doesNotContain(YANGXI);

		assertThat(post(yangxi, "/api/v1/assignments/{id}/completion", Map.of("evidence", "排查完成"), co).getStatusCode()
			.value()).as("the lead answers for completion").isEqualTo(409);
		post(yangdong, "/api/v1/assignments/{id}/completion", Map.of("evidence", "水质达到地表水III类"), lead);
		awaitStatus(city, lead, "COMPLETION_REQUESTED");
		assertThat(post(city, "/api/v1/assignments/{id}/completion/approve", Map.of(), lead).getStatusCode().value())
			.isEqualTo(200);
		assertThat(get(city, "/api/v1/tasks/{id}", taskId)).containsEntry("status", "CLOSED");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(get(yangxi, "/api/v1/tasks/{id}", taskId))
				.as("the co-unit's copy closes with the lead's completion")
				.containsEntry("status", "CLOSED"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(assignment(yangxi, co)).containsEntry("status", "SIGNED")
				.containsEntry("lightReason", "已随主办单位办结"));
	}

	@Test
	void aSkipLevelContributionGoesUpAndDownThroughTheCityWhichKeepsIt() {
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		TestNode yangxi = federation.county(YANGXI);
		Map<String, Object> task = issue(federation.province, "省级河长制考核整改");
		String lead = assignmentOf(task, YANGDONG);
		String co = assignmentOf(task, YANGXI);
		awaitStatus(yangxi, co, "PENDING_SIGN");
		post(yangxi, "/api/v1/assignments/{id}/sign", Map.of(), co);
		Object contribution = body(
				post(yangxi, "/api/v1/assignments/{id}/contributions", Map.of("progress", "完成整改问题12项"), co))
			.get("id");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(list(yangdong, "/api/v1/assignments/{id}/contributions", lead))
				.as("up to the province and down again, through the city both ways")
				.extracting((c) -> c.get("id"))
				.containsExactly(contribution));
		assertThat(list(federation.province, "/api/v1/assignments/{id}/contributions", co)).hasSize(1);
		assertThat(list(city, "/api/v1/assignments/{id}/contributions", lead)).as("the relay keeps what passes")
			.extracting((c) -> c.get("leadAssignmentId"))
			.containsExactly(lead);
	}

}
