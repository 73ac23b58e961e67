package org.ducha.node.federation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeIdentity;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.node.testing.Uploads;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.ok;
import static org.ducha.node.testing.ApiCalls.status;

/**
 * The seed's records of a task across the federation, over real gRPC: a province's leader
 * instruction handed skip-level to 阳东区 reaches it through 阳江市 with its goal, its
 * instruction's record and its document, whose bytes come down by the attachment service
 * (the city fetches them from the province, the county from the city); the county's
 * responsible person and its completion evidence go up to the province, the evidence's
 * bytes with them; an extension and a revision of the deadline reach the county's copy in
 * the order the province took them.
 */
class TaskRecordsFederationIntegrationTests {

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of("ducha.attachments.push.poll-interval", "200ms",
				"ducha.attachments.push.initial-backoff", "200ms", "ducha.attachments.push.max-backoff", "1s"),
				(code, node) -> {
				}, "441704");
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	private static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	private static Map<String, Object> task(TestNode node, String id) {
		return ok(call(supervisor(node), HttpMethod.GET, "/api/v1/tasks/" + id, null));
	}

	private static Map<String, Object> assignment(TestNode node, String id) {
		return ok(call(supervisor(node), HttpMethod.GET, "/api/v1/assignments/" + id, null));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTasksRecordsGoDownAndItsResponsiblePersonAndEvidenceComeUp() {
		TestNode county = federation.yangdong;
		byte[] document = "省领导批示原件：请阳东区抓紧整改".getBytes(StandardCharsets.UTF_8);
		String documentSha = Uploads.upload(supervisor(federation.province), "批示原件.pdf", document);
		LocalDate deadline = LocalDate.now(NodeIdentity.ZONE).plusMonths(2);
		Map<String, Object> instruction = Map.of("leader", "省长", "date", LocalDate.now(NodeIdentity.ZONE).toString(),
				"text", "请阳东区抓紧整改到位", "proposal", "建议交阳东区办理", "urgency", "DIFFICULT");
		Map<String, Object> issued = IssuedTasks.issue(federation.province,
				Map.of("title", "落实省长批示", "goal", "年底前整改销号", "source", "LEADER_INSTRUCTION", "type", "SPECIAL",
						"deadline", deadline.toString(), "instruction", instruction, "attachments",
						List.of(Map.of("sha256", documentSha)), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
		String taskId = (String) issued.get("id");
		String assignmentId = (String) ((List<Map<String, Object>>) issued.get("assignments")).get(0).get("id");

		await().atMost(Duration.ofSeconds(30))
			.until(() -> status(supervisor(county), "/api/v1/tasks/" + taskId) == 200);
		Map<String, Object> copy = task(county, taskId);
		assertThat(copy).containsEntry("goal", "年底前整改销号").containsEntry("instruction", instruction);
		assertThat((List<Map<String, Object>>) copy.get("attachments")).singleElement()
			.satisfies((a) -> assertThat(a).containsEntry("sha256", documentSha).containsEntry("name", "批示原件.pdf"));
		for (TestNode node : List.of(federation.city, county)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(Uploads.download(supervisor(node), documentSha).getBody())
					.as("the document's bytes at " + node.code())
					.isEqualTo(document));
		}

		ok(call(supervisor(county), HttpMethod.POST, "/api/v1/assignments/" + assignmentId + "/sign",
				Map.of("responsible", Map.of("name", "陈立新", "post", "副区长", "phone", "0662-6612345"))));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(assignment(federation.province, assignmentId)).containsEntry("responsible",
					Map.of("name", "陈立新", "post", "副区长", "phone", "0662-6612345", "unitCode", "441704")));

		String request = (String) ok(
				call(supervisor(county), HttpMethod.POST, "/api/v1/assignments/" + assignmentId + "/extensions",
						Map.of("requestedDate", deadline.plusDays(30).toString(), "reason", "汛期影响施工")))
			.get("id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> status(supervisor(federation.province), "/api/v1/extensions/" + request) == 200);
		ok(call(supervisor(federation.province), HttpMethod.POST, "/api/v1/extensions/" + request + "/approve",
				Map.of("approvedDate", deadline.plusDays(20).toString())));
		ok(call(supervisor(federation.province), HttpMethod.POST, "/api/v1/tasks/" + taskId + "/revise",
				Map.of("deadline", deadline.plusDays(10).toString(), "reason", "省政府调整整改时限")));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(assignment(county, assignmentId))
				.as("the extension, then the revision that supersedes it")
				.containsEntry("originalDeadline", deadline.plusDays(10).toString())
				.containsEntry("dueDate", deadline.plusDays(10).toString()));

		byte[] proof = "整改验收报告".getBytes(StandardCharsets.UTF_8);
		String proofSha = Uploads.upload(supervisor(county), "整改验收报告.pdf", proof);
		ok(call(supervisor(county), HttpMethod.POST, "/api/v1/assignments/" + assignmentId + "/completion",
				Map.of("evidence", "整改完成", "attachments", List.of(Map.of("sha256", proofSha)))));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, Object> completion = (Map<String, Object>) assignment(federation.province, assignmentId)
				.get("completion");
			assertThat(completion).isNotNull();
			assertThat((List<Map<String, Object>>) completion.get("attachments")).extracting((a) -> a.get("sha256"))
				.containsExactly(proofSha);
		});
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Uploads.download(supervisor(federation.province), proofSha).getBody())
				.as("the evidence's bytes at the issuer")
				.isEqualTo(proof));
	}

}
