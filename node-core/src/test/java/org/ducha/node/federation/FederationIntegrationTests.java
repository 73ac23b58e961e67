package org.ducha.node.federation;

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
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A province, a city and two counties over real gRPC with mutual TLS: skip-level tasks go
 * down through the city (which keeps its copy), signing and reports come up, alerts go
 * both ways, and nothing reaches the sibling county.
 */
class FederationIntegrationTests {

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.start(Map.of());
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	private static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	private static RestClient sysadmin(TestNode node) {
		return node.api(TestKeys.token("admin-" + node.code(), node.code(), null, "sysadmin"));
	}

	private static Map<String, Object> issueAtProvince(String title, String... units) {
		List<Map<String, String>> assignees = new java.util.ArrayList<>();
		for (int i = 0; i < units.length; i++) {
			assignees.add(Map.of("unitCode", units[i], "role", (i == 0) ? "LEAD" : "CO"));
		}
		return IssuedTasks.issue(federation.province, Map.of("title", title, "source", "MAJOR_DECISION", "type",
				"SPECIAL", "deadline", LocalDate.now().plusMonths(3).toString(), "assignees", assignees));
	}

	private static int status(RestClient client, String uri, Object... variables) {
		return client.get().uri(uri, variables).retrieve().onStatus(HttpStatusCode::isError, (request, response) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> task(TestNode node, String id) {
		return supervisor(node).get().uri("/api/v1/tasks/{id}", id).retrieve().body(Map.class);
	}

	@Test
	void aSkipLevelTaskReachesTheCountyThroughTheCityAndTheReportComesBack() {
		Map<String, Object> issued = issueAtProvince("全省安全生产大检查", "441704");
		String taskId = (String) issued.get("id");
		String assignmentId = (String) ((List<Map<String, Object>>) issued.get("assignments")).get(0).get("id");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", taskId) == 200);
		assertThat(status(supervisor(federation.city), "/api/v1/tasks/{id}", taskId)).as("the city keeps its copy")
			.isEqualTo(200);
		assertThat(status(supervisor(federation.jiangcheng), "/api/v1/tasks/{id}", taskId))
			.as("the sibling county never sees it")
			.isEqualTo(404);

		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/sign", assignmentId)
			.retrieve()
			.toBodilessEntity();
		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/reports", assignmentId)
			.body(Map.of("percentComplete", 40, "progress", "已排查企业120家", "difficulties", "专业人员不足"))
			.retrieve()
			.toBodilessEntity();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Map<String, Object> atProvince = task(federation.province, taskId);
			Map<String, Object> assignment = ((List<Map<String, Object>>) atProvince.get("assignments")).get(0);
			assertThat(assignment.get("status")).isEqualTo("REPORTING");
			assertThat(assignment.get("percentComplete")).isEqualTo(40);
		});
		List<Map<String, Object>> reportsAtCity = supervisor(federation.city).get()
			.uri("/api/v1/tasks/{id}/reports", taskId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(reportsAtCity).as("report once: the city sees the county's report without re-entry")
			.singleElement()
			.satisfies((report) -> assertThat(report.get("unitCode")).isEqualTo("441704"));
	}

	@Test
	void alertsTravelBothWaysAndTheirSigningComesBack() {
		Map<String, Object> issued = issueAtProvince("防汛备汛工作", "441704");
		String taskId = (String) issued.get("id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", taskId) == 200);

		Map<?, ?> warning = supervisor(federation.yangdong).post()
			.uri("/api/v1/alerts")
			.body(Map.of("kind", "RISK", "toNode", "440000", "taskId", taskId, "title", "堤防加固资金缺口", "message",
					"需省级协调资金"))
			.retrieve()
			.body(Map.class);
		String warningId = (String) warning.get("id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> status(supervisor(federation.province), "/api/v1/alerts/{id}", warningId) == 200);
		assertThat(status(supervisor(federation.city), "/api/v1/alerts/{id}", warningId)).isEqualTo(200);

		supervisor(federation.province).post()
			.uri("/api/v1/alerts/{id}/acknowledge", warningId)
			.body(Map.of("note", "已转省财政厅"))
			.retrieve()
			.toBodilessEntity();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(supervisor(federation.yangdong).get()
				.uri("/api/v1/alerts/{id}", warningId)
				.retrieve()
				.body(Map.class)
				.get("status")).isEqualTo("ACKNOWLEDGED"));

		Map<?, ?> prompt = supervisor(federation.province).post()
			.uri("/api/v1/alerts")
			.body(Map.of("kind", "PROMPT", "toNode", "441702", "title", "汛期值班提示"))
			.retrieve()
			.body(Map.class);
		String promptId = (String) prompt.get("id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> status(supervisor(federation.jiangcheng), "/api/v1/alerts/{id}", promptId) == 200);
		assertThat(status(supervisor(federation.yangdong), "/api/v1/alerts/{id}", promptId)).isEqualTo(404);
	}

	@Test
	void linkStatusShowsEveryChannelCaughtUp() {
		issueAtProvince("link status", "441702");
		federation.awaitQuiet();
		// streams rotate every few seconds: look until a moment when every link is up
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<Map<String, Object>> links = sysadmin(federation.city).get()
				.uri("/api/v1/federation/links")
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			assertThat(links).extracting((link) -> link.get("peer"))
				.containsExactlyInAnyOrder("440000", "441702", "441704");
			assertThat(links).allSatisfy((link) -> assertThat(link.get("state")).isEqualTo("CONNECTED"));
			Map<String, Object> toJiangcheng = links.stream()
				.filter((l) -> l.get("peer").equals("441702"))
				.findFirst()
				.orElseThrow();
			Map<String, Object> task = ((List<Map<String, Object>>) toJiangcheng.get("channels")).stream()
				.filter((c) -> c.get("channel").equals("task") && c.get("direction").equals("OUT"))
				.findFirst()
				.orElseThrow();
			assertThat(((Number) task.get("lastSeq")).longValue()).isPositive();
			assertThat(task.get("ackedSeq")).isEqualTo(task.get("lastSeq"));
			assertThat(task.get("backlog")).isEqualTo(0);
		});
	}

	@Test
	void onlyASysadminSeesOrOperatesLinks() {
		assertThat(status(supervisor(federation.city), "/api/v1/federation/links")).isEqualTo(403);
		int pause = supervisor(federation.city).post()
			.uri("/api/v1/federation/links/441702/pause")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(pause).isEqualTo(403);
	}

	private static String linkState(TestNode node, String peer) {
		return node.bean(LinkStatusReader.class)
			.all()
			.stream()
			.filter((link) -> link.peer().equals(peer))
			.findFirst()
			.orElseThrow()
			.state()
			.name();
	}

	private static int operate(TestNode node, String peer, String action) {
		return sysadmin(node).post()
			.uri("/api/v1/federation/links/{peer}/{action}", peer, action)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	@Test
	void anOperatorPausesALinkAndOnResumeEverythingHeldBackIsDelivered() {
		assertThat(operate(federation.city, "441704", "pause")).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> linkState(federation.city, "441704").equals("PAUSED"));
		try {
			String taskId = (String) issueAtProvince("暂停期间的任务", "441704").get("id");
			String alertId = (String) supervisor(federation.yangdong).post()
				.uri("/api/v1/alerts")
				.body(Map.of("kind", "DIFFICULTY", "toNode", "441700", "title", "暂停期间的预警"))
				.retrieve()
				.body(Map.class)
				.get("id");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> status(supervisor(federation.city), "/api/v1/tasks/{id}", taskId) == 200);
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", taskId) == 404
						&& status(supervisor(federation.city), "/api/v1/alerts/{id}", alertId) == 404);

			assertThat(operate(federation.city, "441704", "resume")).isEqualTo(202);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", taskId) == 200
						&& status(supervisor(federation.city), "/api/v1/alerts/{id}", alertId) == 200);
		}
		finally {
			operate(federation.city, "441704", "resume");
		}
		federation.awaitConnected();
		assertThat(federation.city.bean(org.ducha.node.audit.AuditTrail.class).latest(500))
			.extracting(org.ducha.node.audit.AuditRecord::action)
			.contains("LINK_PAUSED", "LINK_RESUMED");
	}

	@Test
	void anOperatorResyncsALinkFromASnapshot() {
		issueAtProvince("重新同步", "441702");
		federation.awaitQuiet();
		assertThat(operate(federation.jiangcheng, "441700", "resync")).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(linkState(federation.jiangcheng, "441700")).isEqualTo("CONNECTED");
			assertThat(federation.jiangcheng.bean(org.ducha.node.audit.AuditTrail.class).latest(500))
				.extracting(org.ducha.node.audit.AuditRecord::action)
				.contains("RESYNC_REQUESTED", "RESYNC_COMPLETED");
		});
	}

	@Test
	void linkFiguresAreMetricsForOperators() {
		federation.awaitQuiet();
		String metrics = sysadmin(federation.city).get()
			.uri("/actuator/prometheus")
			.header("Accept", "text/plain")
			.retrieve()
			.body(String.class);
		assertThat(metrics).contains("ducha_federation_backlog{channel=\"task\",direction=\"OUT\",peer=\"441702\"")
			.contains("ducha_federation_applied_seq{channel=\"report\",direction=\"IN\",peer=\"441704\"")
			.contains("ducha_federation_link_connected{peer=\"440000\",role=\"PARENT\"");
		assertThat(status(supervisor(federation.city), "/actuator/prometheus")).isEqualTo(403);
	}

	@Test
	void streamsRotatedByAgeResumeWithoutLosingAnything() {
		long before = reconnects(federation.city, "440000");
		String taskId = (String) issueAtProvince("轮换连接", "441704").get("id");
		await().atMost(Duration.ofSeconds(30)).until(() -> reconnects(federation.city, "440000") > before);
		String second = (String) issueAtProvince("轮换之后", "441704").get("id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", taskId) == 200
					&& status(supervisor(federation.yangdong), "/api/v1/tasks/{id}", second) == 200);
	}

	private static long reconnects(TestNode node, String peer) {
		return node.bean(LinkStatusReader.class)
			.all()
			.stream()
			.filter((link) -> link.peer().equals(peer))
			.findFirst()
			.orElseThrow()
			.reconnects();
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyNodeHoldsTheSameDueSlotsAndSeesTheCountysReportFillOne() {
		Map<String, Object> issued = IssuedTasks.issue(federation.province,
				Map.of("title", "常务会议决定事项", "source", "MEETING_DECISION", "meetingDate",
						LocalDate.now(org.ducha.node.NodeIdentity.ZONE).minusDays(2).toString(), "type", "ROUTINE",
						"deadline", LocalDate.now().plusMonths(3).toString(), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
		String assignmentId = (String) ((List<Map<String, Object>>) issued.get("assignments")).get(0).get("id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> status(supervisor(federation.yangdong), "/api/v1/assignments/{id}/schedule",
					assignmentId) == 200);
		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/sign", assignmentId)
			.retrieve()
			.toBodilessEntity();
		supervisor(federation.yangdong).post()
			.uri("/api/v1/assignments/{id}/reports", assignmentId)
			.body(Map.of("percentComplete", 30, "progress", "已召开专题会议部署"))
			.retrieve()
			.toBodilessEntity();
		for (TestNode node : List.of(federation.yangdong, federation.city, federation.province)) {
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				Map<String, Object> schedule = supervisor(node).get()
					.uri("/api/v1/assignments/{id}/schedule", assignmentId)
					.retrieve()
					.body(Map.class);
				List<Map<String, Object>> slots = (List<Map<String, Object>>) schedule.get("slots");
				assertThat(slots).as(node.code()).singleElement().satisfies((slot) -> {
					assertThat(slot.get("due")).as("one month after the meeting")
						.isEqualTo(
								LocalDate.now(org.ducha.node.NodeIdentity.ZONE).minusDays(2).plusMonths(1).toString());
					assertThat(slot.get("onTime")).isEqualTo(true);
				});
			});
		}
		Map<String, Object> atProvince = task(federation.province, (String) issued.get("id"));
		assertThat(atProvince.get("light")).isEqualTo("GREEN");
		assertThat(atProvince.get("schedule")).asString().contains("P1M");
	}

	@Test
	void aCalendarNoticeSetAtTheProvinceReachesTheCountyThroughTheCity() {
		Map<String, Object> notice = Map.of("reason", "2028年部分节假日安排的通知", "days",
				List.of(Map.of("date", "2028-10-02", "name", "国庆节", "offDay", true),
						Map.of("date", "2028-10-07", "name", "国庆节", "offDay", false)));
		sysadmin(federation.province).put()
			.uri("/api/v1/admin/calendar/notices/2028")
			.body(notice)
			.retrieve()
			.toBodilessEntity();
		for (TestNode node : List.of(federation.city, federation.yangdong, federation.jiangcheng)) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				Map<String, Object> day = node.anonymous()
					.get()
					.uri("/api/v1/calendar/days/2028-10-02")
					.retrieve()
					.body(new ParameterizedTypeReference<Map<String, Object>>() {
					});
				assertThat(day).as(node.code()).containsEntry("workingDay", false).containsEntry("name", "国庆节");
			});
			Map<String, Object> makeUp = node.anonymous()
				.get()
				.uri("/api/v1/calendar/days/2028-10-07")
				.retrieve()
				.body(new ParameterizedTypeReference<Map<String, Object>>() {
				});
			assertThat(makeUp).as(node.code() + ": a Saturday made a working day").containsEntry("workingDay", true);
		}
	}

	@Test
	void supervisorsAboveReadACountysTasksButActOnlyAtTheirOwnNode() {
		Map<?, ?> countyTask = IssuedTasks.issue(federation.yangdong,
				Map.of("title", "县内督办事项", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
						LocalDate.now().plusMonths(1).toString(), "assignees",
						List.of(Map.of("unitCode", "441704:jyj", "role", "LEAD"))));
		String taskId = (String) countyTask.get("id");
		String assignmentId = (String) ((List<Map<String, Object>>) countyTask.get("assignments")).get(0).get("id");
		RestClient provinceAtCounty = federation.yangdong
			.api(TestKeys.token("sup-440000", "440000", null, "supervisor"));
		RestClient cityAtCounty = federation.yangdong.api(TestKeys.token("sup-441700", "441700", null, "leader"));
		RestClient siblingAtCounty = federation.yangdong
			.api(TestKeys.token("sup-441702", "441702", null, "supervisor"));
		RestClient provinceHandlerAtCounty = federation.yangdong
			.api(TestKeys.token("han-440000", "440000", "440000:zfb", "handler"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(status(provinceAtCounty, "/api/v1/tasks/{id}", taskId)).isEqualTo(200));
		assertThat(status(cityAtCounty, "/api/v1/tasks/{id}", taskId)).isEqualTo(200);
		assertThat(status(siblingAtCounty, "/api/v1/tasks/{id}", taskId)).as("a sibling county").isEqualTo(404);
		assertThat(status(provinceHandlerAtCounty, "/api/v1/tasks/{id}", taskId)).as("not a supervisor").isEqualTo(404);
		int sign = provinceAtCounty.post()
			.uri("/api/v1/assignments/{id}/sign", assignmentId)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(sign).as("they read, they do not act at the county").isEqualTo(403);
	}

}
