package org.ducha.node.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.items;
import static org.ducha.node.testing.ApiCalls.ok;
import static org.ducha.node.testing.ApiCalls.status;

/**
 * The task lifecycle at one city node through its REST API: drafts seen only by the
 * node's supervisors and leaders, submission, a leader's approval or rejection, the
 * revision history, withdrawal and suspension closing the assignments, the timeline and
 * the audit trail, and every refusal with its status.
 */
class TaskLifecycleIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	static RestClient supervisor() {
		return city.api(TestKeys.token("zhang", "441700", "441700:dcs", "supervisor"));
	}

	static RestClient leader() {
		return city.api(TestKeys.token("wei", "441700", null, "leader"));
	}

	private static RestClient handler(String unit) {
		return city.api(TestKeys.token("li", "441700", unit, "handler"));
	}

	static Map<String, Object> body(String title) {
		return Map.of("title", title, "content", "按季度报告进展", "source", "ANNUAL_KEY_WORK", "type", "ROUTINE", "basis",
				"市政府常务会议纪要", "deadline", LocalDate.now().plusMonths(6).toString(), "assignees",
				List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"),
						Map.of("unitCode", "441700:jyj", "role", "CO")));
	}

	private static String draft(RestClient by, String title) {
		return (String) ok(call(by, HttpMethod.POST, "/api/v1/tasks", body(title))).get("id");
	}

	private static String issued(String title) {
		String id = draft(supervisor(), title);
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null));
		return id;
	}

	@SuppressWarnings("unchecked")
	private static String assignmentOf(String taskId, String unit) {
		Map<String, Object> task = ok(call(supervisor(), HttpMethod.GET, "/api/v1/tasks/" + taskId, null));
		return ((List<Map<String, Object>>) task.get("assignments")).stream()
			.filter((a) -> a.get("unitCode").equals(unit))
			.map((a) -> (String) a.get("id"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aDraftHasNoNumberAndIsSeenOnlyByTheNodesSupervisorsAndLeaders() {
		Map<String, Object> draft = ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks", body("立项草稿")));
		String id = (String) draft.get("id");
		assertThat(draft).containsEntry("status", "DRAFT").containsEntry("number", null).containsEntry("revision", 0);
		assertThat((List<?>) draft.get("assignees")).hasSize(2);
		assertThat((List<?>) draft.get("assignments")).as("nothing is handed over yet").isEmpty();
		assertThat(status(leader(), "/api/v1/tasks/" + id)).isEqualTo(200);
		assertThat(status(handler("441700:fgj"), "/api/v1/tasks/" + id)).isEqualTo(404);
		RestClient provinceSupervisor = city.api(TestKeys.token("sheng", "440000", null, "supervisor"));
		assertThat(status(provinceSupervisor, "/api/v1/tasks/" + id)).as("the nodes above see issued tasks only")
			.isEqualTo(404);
		assertThat(items(supervisor(), "/api/v1/tasks?size=200")).extracting((t) -> t.get("id")).contains(id);
		assertThat(items(supervisor(), "/api/v1/tasks?status=DRAFT&size=200"))
			.allSatisfy((t) -> assertThat(t.get("status")).isEqualTo("DRAFT"));
		assertThat(items(provinceSupervisor, "/api/v1/tasks?size=200")).extracting((t) -> t.get("id"))
			.doesNotContain(id);
		assertThat(items(handler("441700:fgj"), "/api/v1/tasks?size=200")).extracting((t) -> t.get("id"))
			.doesNotContain(id);
	}

	@Test
	void editsAndDeletesADraftButNoTaskPastIt() {
		String id = draft(supervisor(), "待修改");
		Map<String, Object> edited = ok(call(supervisor(), HttpMethod.PUT, "/api/v1/tasks/" + id, body("已修改")));
		assertThat(edited).containsEntry("title", "已修改").containsEntry("status", "DRAFT");
		assertThat(call(supervisor(), HttpMethod.DELETE, "/api/v1/tasks/" + id, null).getStatusCode().value())
			.isEqualTo(204);
		assertThat(status(supervisor(), "/api/v1/tasks/" + id)).isEqualTo(404);

		String pending = draft(supervisor(), "待审批");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + pending + "/submit", null));
		ResponseEntity<Map<String, Object>> refused = call(supervisor(), HttpMethod.DELETE, "/api/v1/tasks/" + pending,
				null);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat((String) refused.getBody().get("detail")).contains("PENDING_APPROVAL");
		ResponseEntity<Map<String, Object>> edit = call(supervisor(), HttpMethod.PUT, "/api/v1/tasks/" + pending,
				body("x"));
		assertThat(edit.getStatusCode().value()).isEqualTo(409);

		String issued = issued("已交办");
		ResponseEntity<Map<String, Object>> delete = call(supervisor(), HttpMethod.DELETE, "/api/v1/tasks/" + issued,
				null);
		assertThat(delete.getStatusCode().value()).isEqualTo(409);
		assertThat((String) delete.getBody().get("detail")).contains("ISSUED");
	}

	@Test
	void aLeaderApprovesAndTheTaskIsIssuedWithItsNumberAndAssignments() {
		String id = draft(supervisor(), "领导审批后交办");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		assertThat(
				call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null).getStatusCode().value())
			.as("a supervisor does not approve")
			.isEqualTo(403);
		Map<String, Object> issued = ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null));
		assertThat(issued).containsEntry("status", "ISSUED")
			.containsEntry("revision", 1)
			.containsEntry("issuedBy", "wei");
		assertThat((String) issued.get("number")).matches("阳督〔\\d{4}〕\\d+号");
		assertThat((List<?>) issued.get("assignments")).hasSize(2);
		ResponseEntity<Map<String, Object>> again = call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve",
				null);
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat((String) again.getBody().get("detail")).contains("ISSUED");

		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline"))
			.extracting((e) -> e.get("action") + " " + e.get("actor") + " " + e.get("node") + " " + e.get("toStatus"))
			.containsExactly("REGISTERED zhang 441700 DRAFT", "SUBMITTED zhang 441700 PENDING_APPROVAL",
					"APPROVED wei 441700 ISSUED");
		assertThat(city.bean(AuditTrail.class).latest(50)).filteredOn((r) -> r.category() == AuditCategory.BUSINESS)
			.extracting(AuditRecord::action, AuditRecord::actor)
			.contains(org.assertj.core.groups.Tuple.tuple("TASK_APPROVED", "wei"));
	}

	@Test
	void aLeaderMayApproveTheirOwnSubmissionAndTheTimelineSaysSo() {
		String id = draft(leader(), "领导自行立项");
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null));
		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline"))
			.extracting((e) -> e.get("action") + " " + e.get("actor"))
			.containsExactly("REGISTERED wei", "SUBMITTED wei", "APPROVED wei");
	}

	@Test
	void aRejectionNeedsItsReasonAndSendsTheTaskBackAsADraft() {
		String id = draft(supervisor(), "依据待补");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		ResponseEntity<Map<String, Object>> noReason = call(leader(), HttpMethod.POST,
				"/api/v1/tasks/" + id + "/reject", Map.of("reason", " "));
		assertThat(noReason.getStatusCode().value()).isEqualTo(400);
		assertThat((String) noReason.getBody().get("detail")).contains("reason");
		Map<String, Object> rejected = ok(
				call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/reject", Map.of("reason", "请补充依据")));
		assertThat(rejected).containsEntry("status", "DRAFT")
			.containsEntry("statusReason", "请补充依据")
			.containsEntry("statusBy", "wei");
		ok(call(supervisor(), HttpMethod.PUT, "/api/v1/tasks/" + id, body("依据已补")));
		assertThat(ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null)))
			.containsEntry("status", "PENDING_APPROVAL");
		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline"))
			.filteredOn((e) -> e.get("action").equals("REJECTED"))
			.singleElement()
			.satisfies((e) -> assertThat(e).containsEntry("reason", "请补充依据")
				.containsEntry("fromStatus", "PENDING_APPROVAL"));
	}

	@Test
	void everyInvalidFieldIsNamed() {
		ResponseEntity<Map<String, Object>> missing = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				Map.of("content", "x", "assignees", List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))));
		assertThat(missing.getStatusCode().value()).isEqualTo(400);
		assertThat((String) missing.getBody().get("detail")).contains("title")
			.contains("source")
			.contains("type")
			.contains("deadline");
		ResponseEntity<Map<String, Object>> wrong = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				Map.of("title", "t", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline", "2020-01-01",
						"assignees", List.of(Map.of("unitCode", "441700:nope", "role", "CO"))));
		assertThat(wrong.getStatusCode().value()).isEqualTo(400);
		assertThat((String) wrong.getBody().get("detail")).contains("deadline: the deadline 2020-01-01 has passed")
			.contains("exactly one lead unit")
			.contains("assignees[0].unitCode: Unknown unit: 441700:nope");
	}

	@Test
	void aRevisionIsKeptWithWhoWhenWhyAndWhatChanged() {
		String id = issued("待修订事项");
		String later = LocalDate.now().plusMonths(9).toString();
		Map<String, Object> change = Map.of("title", "修订后的事项", "deadline", later, "reason", "市政府常务会议调整");
		assertThat(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/revise", change).getStatusCode().value())
			.as("a supervisor revises")
			.isEqualTo(403);
		assertThat(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/revise", Map.of("title", "x"))
			.getStatusCode()
			.value()).as("a revision states its reason").isEqualTo(400);
		assertThat(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/revise",
				Map.of("title", "待修订事项", "reason", "无变化"))
			.getStatusCode()
			.value()).as("a revision changes something").isEqualTo(400);
		Map<String, Object> revised = ok(
				call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/revise", change));
		assertThat(revised).containsEntry("revision", 2)
			.containsEntry("title", "修订后的事项")
			.containsEntry("deadline", later);
		assertThat(items(handler("441700:fgj"), "/api/v1/tasks/" + id + "/revisions")).singleElement()
			.satisfies((r) -> {
				assertThat(r).containsEntry("revision", 2)
					.containsEntry("revisedBy", "zhang")
					.containsEntry("node", "441700")
					.containsEntry("reason", "市政府常务会议调整");
				assertThat((List<Map<String, Object>>) r.get("changes")).extracting((c) -> c.get("field"))
					.containsExactly("title", "deadline");
			});
		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline")).extracting((e) -> e.get("action"))
			.endsWith("REVISED");
	}

	@Test
	void aWithdrawnTaskCanBeNeitherSignedNorReportedOn() {
		String id = issued("将撤销事项");
		String fgj = assignmentOf(id, "441700:fgj");
		String jyj = assignmentOf(id, "441700:jyj");
		ok(call(handler("441700:fgj"), HttpMethod.POST, "/api/v1/assignments/" + fgj + "/sign", null));
		assertThat(
				call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/withdraw", Map.of()).getStatusCode().value())
			.as("a withdrawal states its reason")
			.isEqualTo(400);
		assertThat(
				call(handler("441700:fgj"), HttpMethod.POST, "/api/v1/tasks/" + id + "/withdraw", Map.of("reason", "r"))
					.getStatusCode()
					.value())
			.as("an assignee does not withdraw")
			.isEqualTo(403);
		Map<String, Object> withdrawn = ok(
				call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/withdraw", Map.of("reason", "政策调整，不再督办")));
		assertThat(withdrawn).containsEntry("status", "WITHDRAWN").containsEntry("statusReason", "政策调整，不再督办");

		ResponseEntity<Map<String, Object>> sign = call(handler("441700:jyj"), HttpMethod.POST,
				"/api/v1/assignments/" + jyj + "/sign", null);
		assertThat(sign.getStatusCode().value()).isEqualTo(409);
		assertThat((String) sign.getBody().get("detail")).contains("WITHDRAWN");
		ResponseEntity<Map<String, Object>> report = call(handler("441700:fgj"), HttpMethod.POST,
				"/api/v1/assignments/" + fgj + "/reports", Map.of("percentComplete", 10, "progress", "已部署"));
		assertThat(report.getStatusCode().value()).isEqualTo(409);
		assertThat((String) report.getBody().get("detail")).contains("WITHDRAWN");
		ResponseEntity<Map<String, Object>> suspend = call(supervisor(), HttpMethod.POST,
				"/api/v1/tasks/" + id + "/suspend", Map.of("reason", "r"));
		assertThat(suspend.getStatusCode().value()).isEqualTo(409);
		assertThat((String) suspend.getBody().get("detail")).contains("WITHDRAWN");
		assertThat(city.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::action).contains("TASK_WITHDRAWN");
	}

	@Test
	void aSuspendedTaskIsClosedToItsAssigneesUntilResumed() {
		String id = issued("将中止事项");
		String jyj = assignmentOf(id, "441700:jyj");
		assertThat(ok(
				call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/suspend", Map.of("reason", "等待省级政策出台"))))
			.as("a supervisor asks; a leader decides")
			.containsEntry("status", "ISSUED");
		assertThat(ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/control-request/approve", null)))
			.containsEntry("status", "SUSPENDED")
			.containsEntry("statusReason", "等待省级政策出台");
		ResponseEntity<Map<String, Object>> sign = call(handler("441700:jyj"), HttpMethod.POST,
				"/api/v1/assignments/" + jyj + "/sign", null);
		assertThat(sign.getStatusCode().value()).isEqualTo(409);
		assertThat((String) sign.getBody().get("detail")).contains("SUSPENDED");
		assertThat(ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/resume", null))).containsEntry("status",
				"ISSUED");
		assertThat(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/resume", null).getStatusCode().value())
			.isEqualTo(409);
		ok(call(handler("441700:jyj"), HttpMethod.POST, "/api/v1/assignments/" + jyj + "/sign", null));
		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline")).extracting((e) -> e.get("action"))
			.containsSubsequence("APPROVED", "SUSPENDED", "RESUMED");
	}

	@Test
	void aSuspendedOrWithdrawnTasksAssignmentsHaveNoLightUntilResumed() {
		String id = issued("暂停亮灯事项");
		String jyj = assignmentOf(id, "441700:jyj");
		assertThat(ok(call(leader(), HttpMethod.GET, "/api/v1/assignments/" + jyj, null))).containsEntry("light",
				"GREEN");
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/suspend", Map.of("reason", "等待政策")));
		assertThat(ok(call(leader(), HttpMethod.GET, "/api/v1/assignments/" + jyj, null)))
			.as("neither on track nor late while suspended")
			.containsEntry("light", null);
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/resume", null));
		assertThat(ok(call(leader(), HttpMethod.GET, "/api/v1/assignments/" + jyj, null))).containsEntry("light",
				"GREEN");
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/withdraw", Map.of("reason", "不再需要")));
		assertThat(ok(call(leader(), HttpMethod.GET, "/api/v1/assignments/" + jyj, null))).containsEntry("light", null);
	}

	@Test
	void aHiddenTaskAnswersExactlyLikeAMissingOne() {
		String draft = draft(supervisor(), "隐藏草稿");
		String missing = UUID.randomUUID().toString();
		RestClient outsider = handler("441700:fgj");
		for (String route : List.of("/submit", "/approve", "/withdraw")) {
			ResponseEntity<Map<String, Object>> hidden = call(outsider, HttpMethod.POST,
					"/api/v1/tasks/" + draft + route, Map.of("reason", "r"));
			ResponseEntity<Map<String, Object>> absent = call(outsider, HttpMethod.POST,
					"/api/v1/tasks/" + missing + route, Map.of("reason", "r"));
			assertThat(hidden.getStatusCode().value()).as(route).isEqualTo(404);
			assertThat(absent.getStatusCode().value()).as(route).isEqualTo(404);
			assertThat(((String) hidden.getBody().get("detail")).replace(draft, "?"))
				.isEqualTo(((String) absent.getBody().get("detail")).replace(missing, "?"));
		}
	}

	/**
	 * Two transitions of one task at once: the second read the task before the first
	 * committed, so its optimistic version is stale — it answers 409 naming the task, and
	 * the first transition stands alone.
	 */
	@Test
	void aConcurrentTransitionAnswersConflictAndLosesNoUpdate() throws Exception {
		String id = issued("并发事项");
		Actor zhang = new Actor("wei", "wei", "441700", null, Set.of(Role.LEADER));
		JdbcClient jdbc = city.bean(JdbcClient.class);
		CompletableFuture<ResponseEntity<Map<String, Object>>> other = new CompletableFuture<>();
		new TransactionTemplate(city.bean(PlatformTransactionManager.class)).executeWithoutResult((tx) -> {
			city.bean(TaskControl.class).suspend(id, "先行中止", zhang);
			CompletableFuture.runAsync(() -> other.complete(
					call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/withdraw", Map.of("reason", "同时撤销"))));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc
					.sql("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
					.query(Long.class)
					.single() > 0);
		});
		ResponseEntity<Map<String, Object>> response = other.get(30, TimeUnit.SECONDS);
		assertThat(response.getStatusCode().value()).isEqualTo(409);
		assertThat(response.getBody()).containsEntry("code", "concurrent-change");
		assertThat((String) response.getBody().get("detail")).as("the 409 names the record that collided")
			.contains("task " + id);
		assertThat(ok(call(leader(), HttpMethod.GET, "/api/v1/tasks/" + id, null))).containsEntry("status", "SUSPENDED")
			.containsEntry("statusReason", "先行中止");
		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline")).extracting((e) -> e.get("action"))
			.contains("SUSPENDED")
			.doesNotContain("WITHDRAWN");
	}

	@Test
	void aStaleCopyOfTheAggregateIsNeverSaved() {
		String id = issued("过期副本");
		TaskRepository repository = city.bean(TaskRepository.class);
		Task stale = repository.findById(id).orElseThrow();
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/suspend", Map.of("reason", "中止")));
		stale.withdraw("撤销", "zhang", java.time.Instant.now());
		assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(TaskStatus.SUSPENDED);
	}

}
