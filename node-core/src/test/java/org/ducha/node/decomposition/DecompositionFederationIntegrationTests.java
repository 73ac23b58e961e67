package org.ducha.node.decomposition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.SupervisorCalls;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.testing.SupervisorCalls.assignment;
import static org.ducha.node.testing.SupervisorCalls.assignmentOf;
import static org.ducha.node.testing.SupervisorCalls.post;
import static org.ducha.node.testing.SupervisorCalls.status;
import static org.ducha.node.testing.SupervisorCalls.supervisor;

/**
 * The workflow across the three levels (issue 5's stories): the province issues to 阳江市,
 * which decomposes its assignment (分解) to 阳东区 (lead) and 阳西县 (co-unit); 阳西县 is offline
 * for most of the story and catches up when it returns; the counties sign, 阳东区 reports
 * and asks for an extension and for completion, 阳西县 contributes to its report through the
 * city; the city and the province see the roll-up move; a county's difficulty on its
 * sub-task reaches the city; a skip-level task from the province to 阳春市 passes through
 * the city, and 阳春市's upward warning on it reaches the province; a county never sees its
 * sibling's assignment.
 */
class DecompositionFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private static final String YANGCHUN = "441781";

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of(), (code, builder) -> {
		}, YANGDONG, YANGXI, YANGCHUN);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void aDecomposedAssignmentRollsUpToTheCityAndTheProvinceAndAnOfflineCountyCatchesUp() {
		String yangxiData = federation.stopCounty(YANGXI);
		TestNode province = federation.province;
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		LocalDate deadline = LocalDate.now().plusMonths(3);

		Map<String, Object> task = IssuedTasks.issue(province,
				Map.of("title", "农村生活污水治理攻坚", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
						deadline.toString(), "assignees", List.of(Map.of("unitCode", "441700", "role", "LEAD"))));
		String cityAssignment = assignmentOf(task, "441700");
		awaitStatus(city, cityAssignment, "PENDING_SIGN");
		Map<String, Object> subTaskBody = Map.of("title", "阳江市农村生活污水治理分解任务", "source", "MAJOR_DECISION", "type",
				"SPECIAL", "deadline", deadline.minusWeeks(2).toString(), "assignees",
				List.of(Map.of("unitCode", YANGDONG, "role", "LEAD"), Map.of("unitCode", YANGXI, "role", "CO")));
		assertThat(
				post(city, "/api/v1/assignments/{id}/sub-tasks", subTaskBody, cityAssignment).getStatusCode().value())
			.as("an assignment is signed before it is decomposed")
			.isEqualTo(409);
		post(city, "/api/v1/assignments/{id}/sign", Map.of(), cityAssignment);

		Map<String, Object> late = Map.of("title", "超期分解", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
				deadline.plusDays(1).toString(), "assignees", List.of(Map.of("unitCode", YANGDONG, "role", "LEAD")));
		ResponseEntity<String> tooLate = post(city, "/api/v1/assignments/{id}/sub-tasks", late, cityAssignment);
		assertThat(tooLate.getStatusCode().value()).isEqualTo(400);
		assertThat(tooLate.getBody()).contains("deadline");
		assertThat(post(yangdong, "/api/v1/assignments/{id}/sub-tasks", subTaskBody, cityAssignment).getStatusCode()
			.value()).as("a county does not even see the city's assignment").isEqualTo(404);

		String subTaskId = (String) body(post(city, "/api/v1/assignments/{id}/sub-tasks", subTaskBody, cityAssignment))
			.get("id");
		assertThat(rollUp(city, cityAssignment)).as("a draft does not count").containsEntry("subTasks", 0);
		supervisor(city).post().uri("/api/v1/tasks/{id}/submit", subTaskId).retrieve().toBodilessEntity();
		Map<String, Object> subTask = leader(city).post()
			.uri("/api/v1/tasks/{id}/approve", subTaskId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat((String) subTask.get("number")).startsWith("阳");
		assertThat(subTask).containsEntry("published", false);
		String yangdongPart = assignmentOf(subTask, YANGDONG);
		String yangxiPart = assignmentOf(subTask, YANGXI);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(rollUp(province, cityAssignment))
				.as("the province sees the decomposition of the city's assignment")
				.containsEntry("subTasks", 1)
				.containsEntry("signed", 0)
				.satisfies((rollUp) -> assertThat(parts(rollUp)).extracting((part) -> part.get("unitCode"))
					.containsExactly(YANGDONG, YANGXI)));

		awaitStatus(yangdong, yangdongPart, "PENDING_SIGN");
		assertThat(status(yangdong, "/api/v1/assignments/{id}", yangxiPart)).as("never a sibling's assignment")
			.isEqualTo(404);
		assertThat(status(yangdong, "/api/v1/assignments/{id}/roll-up", cityAssignment)).isEqualTo(404);
		post(yangdong, "/api/v1/assignments/{id}/sign", Map.of(), yangdongPart);
		assertThat(post(yangdong, "/api/v1/assignments/{id}/reports",
				Map.of("percentComplete", 40, "progress", "完成12个行政村污水管网铺设", "dissemination", "区政府常务会议专题传达", "measures",
						"整合涉农资金3000万元", "difficulties", "部分村庄地形复杂"),
				yangdongPart)
			.getStatusCode()
			.value()).isEqualTo(201);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(part(rollUp(province, cityAssignment), YANGDONG))
				.containsEntry("status", "REPORTING")
				.containsEntry("percentComplete", 40));
		assertThat(rollUp(city, cityAssignment)).as("the lead's progress; 阳西县 is a co-unit")
			.containsEntry("percentComplete", 40)
			.containsEntry("signed", 1);

		LocalDate subDeadline = deadline.minusWeeks(2);
		Map<String, Object> asked = body(post(yangdong, "/api/v1/assignments/{id}/extensions",
				Map.of("requestedDate", subDeadline.plusDays(10).toString(), "reason", "汛期暂停施工"), yangdongPart));
		await().atMost(PATIENCE).until(() -> status(city, "/api/v1/extensions/{id}", asked.get("id")) == 200);
		assertThat(post(city, "/api/v1/extensions/{id}/approve",
				Map.of("approvedDate", subDeadline.plusDays(7).toString()), asked.get("id"))
			.getStatusCode()
			.value()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(part(rollUp(province, cityAssignment), YANGDONG)).as("the extended date")
				.containsEntry("dueDate", subDeadline.plusDays(7).toString()));

		ResponseEntity<String> warned = post(yangdong, "/api/v1/alerts",
				Map.of("kind", "DIFFICULTY", "toNode", "441700", "title", "山区村庄管网建设资金缺口", "message", "请市级统筹专项资金",
						"taskId", subTaskId, "assignmentId", yangdongPart));
		assertThat(warned.getStatusCode().value()).as(warned.getBody()).isEqualTo(201);
		Object difficulty = body(warned).get("id");
		await().atMost(PATIENCE).until(() -> status(city, "/api/v1/alerts/{id}", difficulty) == 200);

		assertThat(part(rollUp(province, cityAssignment), YANGXI)).as("阳西县 has not been heard of yet")
			.containsEntry("status", "PENDING_SIGN");

		TestNode yangxi = federation.restartCounty(YANGXI, yangxiData);
		federation.awaitConnected();
		awaitStatus(yangxi, yangxiPart, "PENDING_SIGN");
		assertThat(status(yangxi, "/api/v1/assignments/{id}", yangdongPart)).isEqualTo(404);
		post(yangxi, "/api/v1/assignments/{id}/sign", Map.of(), yangxiPart);
		assertThat(post(yangxi, "/api/v1/assignments/{id}/reports",
				Map.of("percentComplete", 100, "progress", "县城污水处理厂提标改造完成"), yangxiPart)
			.getStatusCode()
			.value()).as("a co-unit contributes to the lead's report instead").isEqualTo(409);
		Object contribution = body(
				post(yangxi, "/api/v1/assignments/{id}/contributions", Map.of("progress", "县城污水处理厂提标改造完成"), yangxiPart))
			.get("id");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(supervisor(yangdong).get()
				.uri("/api/v1/assignments/{id}/contributions", yangdongPart)
				.retrieve()
				.body(String.class)).as("through the city, to the lead").contains(contribution.toString()));
		post(yangdong, "/api/v1/assignments/{id}/reports", Map.of("percentComplete", 100, "progress",
				"全部行政村管网已通水；阳西县污水处理厂提标改造完成", "contributions", List.of(contribution)), yangdongPart);
		post(yangdong, "/api/v1/assignments/{id}/completion", Map.of("evidence", "全部行政村管网已通水验收"), yangdongPart);
		awaitStatus(city, yangdongPart, "COMPLETION_REQUESTED");
		post(city, "/api/v1/assignments/{id}/completion/approve", Map.of(), yangdongPart);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(rollUp(province, cityAssignment)).as("the lead closed the sub-task")
				.containsEntry("completed", 1)
				.containsEntry("percentComplete", 100)
				.containsEntry("light", null)
				.satisfies((rollUp) -> assertThat(part(rollUp, YANGXI)).containsEntry("status", "SIGNED")));
		assertThat(taskOf(city, subTaskId)).containsEntry("status", "CLOSED");

		post(city, "/api/v1/assignments/{id}/completion", Map.of("evidence", "两县区分解任务均已销号"), cityAssignment);
		awaitStatus(province, cityAssignment, "COMPLETION_REQUESTED");
		post(province, "/api/v1/assignments/{id}/completion/approve", Map.of(), cityAssignment);
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(taskOf(city, task.get("id")).get("status")));
	}

	@Test
	void aSkipLevelTaskPassesThroughTheCityAndTheCountysReportIsSeenAboveIt() {
		TestNode yangchun = federation.county(YANGCHUN);
		Map<String, Object> task = IssuedTasks.issue(federation.province,
				Map.of("title", "省级森林公园建设", "source", "LIVELIHOOD_PROJECT", "type", "ROUTINE", "deadline",
						LocalDate.now().plusMonths(1).toString(), "published", true, "assignees",
						List.of(Map.of("unitCode", YANGCHUN, "role", "LEAD"))));
		String assignment = assignmentOf(task, YANGCHUN);
		awaitStatus(yangchun, assignment, "PENDING_SIGN");
		awaitStatus(federation.city, assignment, "PENDING_SIGN");
		post(yangchun, "/api/v1/assignments/{id}/sign", Map.of(), assignment);
		post(yangchun, "/api/v1/assignments/{id}/reports", Map.of("percentComplete", 30, "progress", "完成总体规划编制"),
				assignment);
		for (TestNode above : List.of(federation.province, federation.city)) {
			await().atMost(PATIENCE).untilAsserted(() -> {
				assertThat(status(above, "/api/v1/assignments/{id}", assignment)).isEqualTo(200);
				assertThat(assignment(above, assignment)).containsEntry("status", "REPORTING")
					.containsEntry("percentComplete", 30);
			});
		}
		assertThat(status(federation.county(YANGDONG), "/api/v1/tasks/{id}", task.get("id"))).isEqualTo(404);
		assertThat(taskOf(yangchun, task.get("id"))).as("published to the public, at every copy")
			.containsEntry("published", true);

		ResponseEntity<String> warned = post(yangchun, "/api/v1/alerts", Map.of("kind", "RISK", "toNode", "440000",
				"title", "核心区林地权属争议", "message", "需省林业局协调", "taskId", task.get("id"), "assignmentId", assignment));
		assertThat(warned.getStatusCode().value()).as(warned.getBody()).isEqualTo(201);
		Object risk = body(warned).get("id");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(status(federation.province, "/api/v1/alerts/{id}", risk))
				.as("the county's warning reaches the province")
				.isEqualTo(200));
		post(federation.province, "/api/v1/alerts/{id}/acknowledge", Map.of("note", "已转省林业局"), risk);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					supervisor(yangchun).get().uri("/api/v1/alerts/{id}", risk).retrieve().body(Map.class))
				.as("the signing comes back")
				.containsEntry("status", "ACKNOWLEDGED"));
	}

	private static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
		return new tools.jackson.databind.json.JsonMapper().readValue(response.getBody(), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> taskOf(TestNode node, Object id) {
		return supervisor(node).get().uri("/api/v1/tasks/{id}", id).retrieve().body(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> rollUp(TestNode node, String assignmentId) {
		return supervisor(node).get().uri("/api/v1/assignments/{id}/roll-up", assignmentId).retrieve().body(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> parts(Map<String, Object> rollUp) {
		return (List<Map<String, Object>>) rollUp.get("parts");
	}

	private static Map<String, Object> part(Map<String, Object> rollUp, String unitCode) {
		return parts(rollUp).stream().filter((part) -> unitCode.equals(part.get("unitCode"))).findFirst().orElseThrow();
	}

	private static void awaitStatus(TestNode node, String assignmentId, String expected) {
		SupervisorCalls.awaitStatus(node, assignmentId, expected, PATIENCE);
	}

}
