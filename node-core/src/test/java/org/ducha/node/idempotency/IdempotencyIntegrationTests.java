package org.ducha.node.idempotency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POSTs under an {@code Idempotency-Key} at one city node (docs/architecture.md §8.5): a
 * task, a signing, a report and an alert are created once however often they are sent
 * again, the retry gets the first answer; the key reused for another request, still
 * running, malformed or another account's; a key left running by a dead process; the
 * purge; and a stored answer surviving a restart.
 */
class IdempotencyIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = start(null);
	}

	private static TestNode start(String schema) {
		TestNode.Builder builder = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.property("ducha.idempotency.purge-chunk", 2);
		return ((schema != null) ? builder.schema(schema) : builder).start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("zhang", "441700", "441700:dcs", "supervisor"));
	}

	private static RestClient handler(String subject) {
		return city.api(TestKeys.token(subject, "441700", "441700:fgj", "handler"));
	}

	static ResponseEntity<String> post(RestClient client, String uri, String key, String json, String... language) {
		RestClient.RequestBodySpec request = client.post().uri(uri).contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		if (language.length > 0) {
			request.header("Accept-Language", language[0]);
		}
		if (json != null) {
			request.body(json);
		}
		return request.retrieve().onStatus(HttpStatusCode::isError, (req, res) -> {
		}).toEntity(String.class);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(ResponseEntity<String> response) {
		return JSON.readValue(response.getBody(), Map.class);
	}

	private static long count(String sql, Object... parameters) {
		return city.bean(JdbcClient.class).sql(sql).params(parameters).query(Long.class).single();
	}

	private static String taskBody(String title) {
		return JSON.writeValueAsString(Map.of("title", title, "content", "按季度报告进展", "source", "ANNUAL_KEY_WORK", "type",
				"ROUTINE", "deadline", LocalDate.now().plusMonths(6).toString(), "assignees",
				List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))));
	}

	private static String alertBody(String title) {
		return JSON.writeValueAsString(Map.of("kind", "POLICY_PROPOSAL", "toNode", "441700", "title", title));
	}

	private static String issuedAssignment(String title) {
		Map<String, Object> task = IssuedTasks.issue(supervisor(),
				city.api(TestKeys.token("wei", "441700", "441700", "leader")),
				JSON.readValue(taskBody(title), Map.class));
		return (String) ((Map<?, ?>) ((List<?>) task.get("assignments")).get(0)).get("id");
	}

	@Test
	void aTaskSentAgainWithTheSameKeyIsRegisteredOnceAndTheFirstAnswerReplayed() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> first = post(supervisor(), "/api/v1/tasks", key, taskBody("重试的任务草稿"));
		ResponseEntity<String> again = post(supervisor(), "/api/v1/tasks", key, taskBody("重试的任务草稿"));
		assertThat(first.getStatusCode().is2xxSuccessful()).as(first.getBody()).isTrue();
		assertThat(first.getHeaders().getFirst("Idempotency-Replayed")).isNull();
		assertThat(again.getStatusCode()).isEqualTo(first.getStatusCode());
		assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
		assertThat(again.getHeaders().getContentType()).isEqualTo(first.getHeaders().getContentType());
		assertThat(again.getBody()).isEqualTo(first.getBody());
		assertThat(count("SELECT COUNT(*) FROM task WHERE title = ?", "重试的任务草稿")).isEqualTo(1);
		// the negative control: without the key, the same request is a second task
		post(supervisor(), "/api/v1/tasks", null, taskBody("重试的任务草稿"));
		assertThat(count("SELECT COUNT(*) FROM task WHERE title = ?", "重试的任务草稿")).isEqualTo(2);
	}

	@Test
	void aSigningAndAReportSentAgainTakeEffectOnceAndAreAuditedOnce() {
		String assignment = issuedAssignment("签收与报告重试");
		long auditedBefore = count("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%" + assignment + "%");
		String signKey = UUID.randomUUID().toString();
		ResponseEntity<String> signed = post(handler("li"), "/api/v1/assignments/" + assignment + "/sign", signKey,
				null);
		ResponseEntity<String> signedAgain = post(handler("li"), "/api/v1/assignments/" + assignment + "/sign", signKey,
				null);
		assertThat(signed.getStatusCode().value()).as(signed.getBody()).isEqualTo(200);
		assertThat(signedAgain.getStatusCode().value()).as("a second signing without the key would be refused")
			.isEqualTo(200);
		assertThat(signedAgain.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
		assertThat(json(signedAgain)).containsEntry("status", "SIGNED");
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%" + assignment + "%"))
			.as("the signing audited once")
			.isEqualTo(auditedBefore + 1);

		String reportKey = UUID.randomUUID().toString();
		String report = "{\"percentComplete\":30,\"progress\":\"已完成立项\"}";
		ResponseEntity<String> first = post(handler("li"), "/api/v1/assignments/" + assignment + "/reports", reportKey,
				report);
		ResponseEntity<String> again = post(handler("li"), "/api/v1/assignments/" + assignment + "/reports", reportKey,
				report);
		assertThat(first.getStatusCode().is2xxSuccessful()).as(first.getBody()).isTrue();
		assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
		assertThat(count("SELECT COUNT(*) FROM progress_report WHERE assignment_id = ?", assignment)).isEqualTo(1);
	}

	@Test
	void anAlertSentAgainIsRaisedOnce() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> first = post(handler("li"), "/api/v1/alerts", key, alertBody("重试的建议"));
		ResponseEntity<String> again = post(handler("li"), "/api/v1/alerts", key, alertBody("重试的建议"));
		assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
		assertThat(again.getStatusCode().value()).isEqualTo(201);
		assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
		assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "重试的建议")).isEqualTo(1);
	}

	@Test
	void theSameKeyForAnotherRequestIsRefusedWith422InChineseOrEnglish() {
		String key = UUID.randomUUID().toString();
		post(handler("li"), "/api/v1/alerts", key, alertBody("第一个建议"));
		ResponseEntity<String> other = post(handler("li"), "/api/v1/alerts", key, alertBody("另一个建议"));
		assertThat(other.getStatusCode().value()).isEqualTo(422);
		assertThat(json(other)).containsEntry("code", "idempotency-key-reused").containsEntry("title", "请求无法处理");
		assertThat((String) json(other).get("detail")).contains("幂等键").contains("POST /api/v1/alerts");
		ResponseEntity<String> english = post(handler("li"), "/api/v1/tasks", key, taskBody("换了路径"), "en");
		assertThat(english.getStatusCode().value()).isEqualTo(422);
		assertThat((String) json(english).get("detail"))
			.startsWith("This Idempotency-Key was used for another request");
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "另一个建议")).isZero();
		assertThat(count("SELECT COUNT(*) FROM task WHERE title = ?", "换了路径")).isZero();
	}

	@Test
	void aKeyWhoseRequestIsStillRunningAnswers409() {
		String key = UUID.randomUUID().toString();
		post(handler("li"), "/api/v1/alerts", key, alertBody("仍在处理的建议"));
		// as while the first request runs: its claim is committed, its answer not yet
		city.bean(JdbcClient.class)
			.sql("UPDATE idempotency_key SET state = 'RUNNING', status = NULL WHERE idem_key = ?")
			.param(key)
			.update();
		ResponseEntity<String> again = post(handler("li"), "/api/v1/alerts", key, alertBody("仍在处理的建议"));
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertThat(json(again)).containsEntry("code", "idempotency-key-in-use").containsEntry("title", "与当前状态冲突");
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "仍在处理的建议")).isEqualTo(1);
	}

	@Test
	void anotherAccountsKeyIsNeverReplayed() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> li = post(handler("li"), "/api/v1/alerts", key, alertBody("两人同键"));
		ResponseEntity<String> wang = post(handler("wang"), "/api/v1/alerts", key, alertBody("两人同键"));
		assertThat(wang.getStatusCode().value()).isEqualTo(201);
		assertThat(wang.getHeaders().getFirst("Idempotency-Replayed")).isNull();
		assertThat(json(wang).get("id")).isNotEqualTo(json(li).get("id"));
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "两人同键")).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", key)).isEqualTo(2);
	}

	@Test
	void aRefusedRequestKeepsNoKeyAndAMalformedKeyIs400() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> refused = post(handler("li"), "/api/v1/alerts", key,
				"{\"kind\":\"POLICY_PROPOSAL\",\"toNode\":\"441700\"}");
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", key)).isZero();
		ResponseEntity<String> malformed = post(handler("li"), "/api/v1/alerts", "x".repeat(256), alertBody("键太长"));
		assertThat(malformed.getStatusCode().value()).isEqualTo(400);
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "键太长")).isZero();
	}

	@Test
	void purgeForgetsKeysOlderThanTheRetentionInChunksAndKeepsTheRecentOnes() {
		for (int i = 0; i < 5; i++) {
			post(handler("li"), "/api/v1/alerts", "old-" + i + "-" + UUID.randomUUID(), alertBody("旧建议 " + i));
		}
		String recent = UUID.randomUUID().toString();
		post(handler("li"), "/api/v1/alerts", recent, alertBody("新建议"));
		city.bean(JdbcClient.class)
			.sql("UPDATE idempotency_key SET created_at = created_at - INTERVAL 25 HOUR - INTERVAL 1 MINUTE "
					+ "WHERE idem_key LIKE 'old-%'")
			.update();
		long old = count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key LIKE 'old-%'");
		assertThat(old).isGreaterThanOrEqualTo(5);
		assertThat(city.bean(KeyPurge.class).purge()).as("in chunks of 2").isEqualTo((int) old);
		assertThat(count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key LIKE 'old-%'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", recent)).isEqualTo(1);
	}

	@Test
	void aStoredAnswerSurvivesARestartAndAKeyLeftRunningByTheDeadProcessRunsAgain() {
		String done = UUID.randomUUID().toString();
		ResponseEntity<String> first = post(handler("li"), "/api/v1/alerts", done, alertBody("重启前的建议"));
		String left = UUID.randomUUID().toString();
		post(handler("li"), "/api/v1/alerts", left, alertBody("未提交的建议"));
		// as if the process died after claiming the key and before its request committed:
		// the claim is there, the effect is not
		city.bean(JdbcClient.class)
			.sql("UPDATE idempotency_key SET state = 'RUNNING', status = NULL, body = NULL WHERE idem_key = ?")
			.param(left)
			.update();
		city.bean(JdbcClient.class).sql("DELETE FROM alert WHERE title = ?").param("未提交的建议").update();
		String schema = city.schema();
		city.close();
		city = start(schema);

		ResponseEntity<String> again = post(handler("li"), "/api/v1/alerts", done, alertBody("重启前的建议"));
		assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
		assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "重启前的建议")).isEqualTo(1);

		ResponseEntity<String> retried = post(handler("li"), "/api/v1/alerts", left, alertBody("未提交的建议"));
		assertThat(retried.getStatusCode().value()).as("not 409: its process is gone").isEqualTo(201);
		assertThat(retried.getHeaders().getFirst("Idempotency-Replayed")).isNull();
		assertThat(count("SELECT COUNT(*) FROM alert WHERE title = ?", "未提交的建议")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ? AND state = 'DONE'", left))
			.isEqualTo(1);
	}

}
