package org.ducha.node.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.SupervisorCalls;
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
 * An assignment's way to its end across the levels: a county returns a wrongly addressed
 * skip-level task and the province reassigns it; a county asks for an extension and for
 * completion, the province refuses once and then closes it (销号); every step is seen at
 * the province, the relaying city and the county alike.
 */
class AssignmentLifecycleFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.start(Map.of());
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	private static Map<String, Object> issueAtProvince(LocalDate deadline, String lead, String co) {
		return IssuedTasks.issue(federation.province,
				Map.of("title", "农村人居环境整治", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
						deadline.toString(), "assignees",
						List.of(Map.of("unitCode", lead, "role", "LEAD"), Map.of("unitCode", co, "role", "CO"))));
	}

	private static void awaitStatus(TestNode node, String assignmentId, String expected) {
		SupervisorCalls.awaitStatus(node, assignmentId, expected, PATIENCE);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> timeline(TestNode node, Object taskId) {
		return (List<Map<String, Object>>) supervisor(node).get()
			.uri("/api/v1/tasks/{id}/timeline?size=500", taskId)
			.retrieve()
			.body(Map.class)
			.get("items");
	}

	@SuppressWarnings("unchecked")
	private static String taskStatus(TestNode node, Object taskId) {
		return (String) supervisor(node).get()
			.uri("/api/v1/tasks/{id}", taskId)
			.retrieve()
			.body(Map.class)
			.get("status");
	}

	@Test
	void theLastCompletionClosesTheTaskEverywhereAndEveryStepIsOnTheTimeline() {
		Map<String, Object> task = IssuedTasks.issue(federation.province,
				Map.of("title", "森林防火专项检查", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
						LocalDate.now().plusMonths(1).toString(), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
		Object taskId = task.get("id");
		String id = assignmentOf(task, "441704");
		awaitStatus(federation.yangdong, id, "PENDING_SIGN");
		supervisor(federation.yangdong).post().uri("/api/v1/assignments/{id}/sign", id).retrieve().toBodilessEntity();
		await().atMost(PATIENCE).until(() -> "IN_PROGRESS".equals(taskStatus(federation.province, taskId)));

		post(federation.yangdong, "/api/v1/assignments/{id}/completion", Map.of("evidence", "检查已完成，隐患全部整改"), id);
		awaitStatus(federation.province, id, "COMPLETION_REQUESTED");
		post(federation.province, "/api/v1/assignments/{id}/completion/approve", Map.of(), id);

		assertThat(taskStatus(federation.province, taskId)).as("销号 of the only assignment closes the task")
			.isEqualTo("CLOSED");
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(taskStatus(federation.yangdong, taskId)));
		await().atMost(PATIENCE).until(() -> "CLOSED".equals(taskStatus(federation.city, taskId)));

		List<String> atProvince = timeline(federation.province, taskId).stream()
			.map((entry) -> entry.get("node") + ":" + entry.get("action"))
			.toList();
		assertThat(atProvince).containsSubsequence("440000:APPROVED", "441704:SIGNED", "440000:STARTED",
				"441704:COMPLETION_REQUESTED", "440000:COMPLETION_APPROVED", "440000:CLOSED");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(timeline(federation.yangdong, taskId).stream()
				.map((entry) -> entry.get("node") + ":" + entry.get("action"))
				.toList()).as("the county's timeline holds the issuer's decision once")
				.containsOnlyOnce("440000:COMPLETION_APPROVED")
				.contains("441704:SIGNED", "441704:COMPLETION_REQUESTED"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aWronglyAddressedAssignmentIsReturnedAndReassigned() {
		Map<String, Object> task = issueAtProvince(LocalDate.now().plusMonths(2), "441704", "441702");
		String returned = assignmentOf(task, "441702");
		awaitStatus(federation.jiangcheng, returned, "PENDING_SIGN");

		assertThat(post(federation.jiangcheng, "/api/v1/assignments/{id}/return", Map.of("reason", " "), returned)
			.getStatusCode()
			.value()).as("a return without a reason").isEqualTo(400);
		assertThat(post(federation.jiangcheng, "/api/v1/assignments/{id}/return", Map.of("reason", "该项目位于阳东区，不属于本区职责"),
				returned)
			.getStatusCode()
			.value()).isEqualTo(200);
		awaitStatus(federation.province, returned, "RETURNED");
		awaitStatus(federation.city, returned, "RETURNED");
		assertThat((Map<String, Object>) assignment(federation.province, returned).get("returned"))
			.containsEntry("reason", "该项目位于阳东区，不属于本区职责");

		ResponseEntity<String> byCounty = post(federation.jiangcheng, "/api/v1/assignments/{id}/reassign",
				Map.of("unitCode", "441700"), returned);
		assertThat(byCounty.getStatusCode().value()).as("only the issuer reassigns").isEqualTo(403);
		Map<String, Object> created = supervisor(federation.province).post()
			.uri("/api/v1/assignments/{id}/reassign", returned)
			.body(Map.of("unitCode", "441700"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(created).containsEntry("unitCode", "441700").containsEntry("role", "CO");
		awaitStatus(federation.city, (String) created.get("id"), "PENDING_SIGN");
		assertThat(
				post(federation.province, "/api/v1/assignments/{id}/reassign", Map.of("unitCode", "441702"), returned)
					.getStatusCode()
					.value())
			.as("a returned assignment is reassigned once")
			.isEqualTo(409);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aCountyGetsAnExtensionAndItsCompletionIsRefusedOnceThenClosed() {
		LocalDate deadline = LocalDate.now().plusMonths(1);
		Map<String, Object> task = issueAtProvince(deadline, "441704", "441702");
		String id = assignmentOf(task, "441704");
		awaitStatus(federation.yangdong, id, "PENDING_SIGN");
		supervisor(federation.yangdong).post().uri("/api/v1/assignments/{id}/sign", id).retrieve().toBodilessEntity();

		ResponseEntity<String> asked = post(federation.yangdong, "/api/v1/assignments/{id}/extensions",
				Map.of("requestedDate", deadline.plusMonths(2).toString(), "reason", "汛期影响施工"), id);
		assertThat(asked.getStatusCode().value()).isEqualTo(201);
		assertThat(post(federation.yangdong, "/api/v1/assignments/{id}/extensions",
				Map.of("requestedDate", deadline.plusMonths(3).toString(), "reason", "again"), id)
			.getStatusCode()
			.value()).as("one request at a time").isEqualTo(409);
		await().atMost(PATIENCE)
			.until(() -> supervisor(federation.province).get()
				.uri("/api/v1/assignments/{id}/extensions", id)
				.retrieve()
				.body(List.class)
				.size() == 1);
		Map<String, Object> request = (Map<String, Object>) supervisor(federation.province).get()
			.uri("/api/v1/assignments/{id}/extensions", id)
			.retrieve()
			.body(List.class)
			.get(0);
		String requestId = (String) request.get("id");
		assertThat(post(federation.yangdong, "/api/v1/extensions/{id}/approve",
				Map.of("approvedDate", deadline.plusMonths(1).toString()), requestId)
			.getStatusCode()
			.value()).as("the assignee does not approve its own request").isEqualTo(403);
		assertThat(post(federation.province, "/api/v1/extensions/{id}/approve",
				Map.of("approvedDate", deadline.plusMonths(1).toString(), "reason", "同意延期一个月"), requestId)
			.getStatusCode()
			.value()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(assignment(federation.yangdong, id)).containsEntry("extendedDeadline",
					deadline.plusMonths(1).toString()));
		assertThat(supervisor(federation.yangdong).get()
			.uri("/api/v1/tasks/{id}", task.get("id"))
			.retrieve()
			.body(Map.class)).as("the original deadline is kept for assessment")
			.containsEntry("deadline", deadline.toString());

		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/reports", id)
			.body(Map.of("percentComplete", 100, "progress", "整治全部完成"))
			.retrieve()
			.toBodilessEntity();
		assertThat(post(federation.yangdong, "/api/v1/assignments/{id}/completion", Map.of("evidence", "验收报告已上传"), id)
			.getStatusCode()
			.value()).isEqualTo(200);
		awaitStatus(federation.province, id, "COMPLETION_REQUESTED");
		assertThat(post(federation.province, "/api/v1/assignments/{id}/completion/refuse", Map.of(), id).getStatusCode()
			.value()).as("a refusal needs its reason").isEqualTo(400);
		assertThat(post(federation.province, "/api/v1/assignments/{id}/completion/refuse",
				Map.of("reason", "缺少第三方验收意见"), id)
			.getStatusCode()
			.value()).isEqualTo(200);
		awaitStatus(federation.yangdong, id, "REPORTING");
		assertThat((Map<String, Object>) assignment(federation.yangdong, id).get("completion"))
			.containsEntry("decisionReason", "缺少第三方验收意见");

		post(federation.yangdong, "/api/v1/assignments/{id}/completion", Map.of("evidence", "已补充第三方验收意见"), id);
		awaitStatus(federation.province, id, "COMPLETION_REQUESTED");
		assertThat(
				post(federation.province, "/api/v1/assignments/{id}/completion/approve", Map.of(), id).getStatusCode()
					.value())
			.isEqualTo(200);
		assertThat(post(federation.province, "/api/v1/assignments/{id}/completion/approve", Map.of(), id).getBody())
			.as("a second approval is refused naming the state")
			.contains("COMPLETED");
		awaitStatus(federation.yangdong, id, "COMPLETED");
		awaitStatus(federation.city, id, "COMPLETED");
		assertThat(status(federation.jiangcheng, "/api/v1/assignments/{id}", id)).as("never at the sibling")
			.isEqualTo(404);
	}

}
