package org.ducha.node.contribution;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.schedule.TrafficLights;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * Lead and co-units at one node (docs/business-rules.md §6.8): the city hands a task to
 * its development and reform bureau (the lead) and its transport bureau (a co-unit). The
 * co-unit contributes to the lead's report instead of reporting, three working days
 * before the lead's due date; the lead's report sums the contributions up; the lead's
 * completion closes the task; the lights count the lead.
 */
class ContributionIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-09-02T10:00:00");

	private static TestNode city;

	private static final String LEAD = "441700:fgj";

	private static final String CO = "441700:jtj";

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jtj", "阳江市交通运输局", "zjj", "阳江市住房和城乡建设局"))
			.bean("clock", clock)
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@BeforeEach
	void reset() {
		clock.reset();
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("sup-441700", "441700", "441700", "supervisor"));
	}

	private static RestClient handler(String unit) {
		return city.api(TestKeys.token("handler-" + unit, "441700", unit, "handler"));
	}

	/**
	 * A task of the city due 8 October 2024 (one milestone), to the lead and the co-unit.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> issue(String title) {
		Map<String, Object> task = IssuedTasks.issue(city,
				Map.of("title", title, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline", "2024-12-31",
						"schedule",
						Map.of("type", "MILESTONES", "milestones",
								List.of(Map.of("due", "2024-10-08", "label", "节点一"))),
						"assignees",
						List.of(Map.of("unitCode", LEAD, "role", "LEAD"), Map.of("unitCode", CO, "role", "CO"))));
		Map<String, String> ids = new java.util.HashMap<>();
		ids.put("task", (String) task.get("id"));
		for (Map<String, Object> assignment : (List<Map<String, Object>>) task.get("assignments")) {
			ids.put((String) assignment.get("unitCode"), (String) assignment.get("id"));
		}
		return ids;
	}

	private static List<Map<String, Object>> list(RestClient client, String uri) {
		return client.get().uri(uri).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	private static int post(RestClient client, String uri, Object body) {
		return call(client, HttpMethod.POST, uri, body).getStatusCode().value();
	}

	private static Map<String, Object> contribution(String progress) {
		return Map.of("progress", progress, "measures", "开通城乡公交线路3条", "difficulties", "部分路段征地未完成");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> slot(String assignment) {
		Map<String, Object> schedule = ok(
				call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + assignment + "/schedule", null));
		return ((List<Map<String, Object>>) schedule.get("slots")).get(0);
	}

	@Test
	void aCoUnitsContributionReachesTheLeadAndFillsItsSlotDueThreeWorkingDaysBeforeTheLeads() {
		Map<String, String> ids = issue("城乡公交一体化");
		assertThat(slot(ids.get(LEAD))).containsEntry("due", "2024-10-08");
		assertThat(slot(ids.get(CO))).as("Mon 30 Sep, Sun 29 Sep (make-up), Fri 27 Sep")
			.containsEntry("due", "2024-09-27")
			.containsEntry("label", "节点一");

		assertThat(post(handler(CO), "/api/v1/assignments/" + ids.get(CO) + "/sign", null)).isEqualTo(200);
		clock.set("2024-09-20T09:00:00");
		Map<String, Object> made = ok(call(handler(CO), HttpMethod.POST,
				"/api/v1/assignments/" + ids.get(CO) + "/contributions", contribution("新辟公交线路3条")));
		assertThat(made).containsEntry("slotOrdinal", 1)
			.containsEntry("slotLabel", "节点一")
			.containsEntry("unitCode", CO)
			.containsEntry("leadAssignmentId", ids.get(LEAD));

		assertThat(list(handler(LEAD), "/api/v1/assignments/" + ids.get(LEAD) + "/contributions"))
			.as("the lead unit sees what the co-unit contributed")
			.singleElement()
			.satisfies((c) -> {
				assertThat(c).containsEntry("id", made.get("id")).containsEntry("unitCode", CO);
				assertThat((Map<String, Object>) c.get("content")).containsEntry("progress", "新辟公交线路3条")
					.containsEntry("difficulties", "部分路段征地未完成");
			});
		assertThat(list(handler(CO), "/api/v1/assignments/" + ids.get(CO) + "/contributions")).hasSize(1);
		assertThat(slot(ids.get(CO))).containsEntry("reportId", made.get("id")).containsEntry("onTime", true);
		assertThat(slot(ids.get(LEAD))).as("a contribution is not the lead's report").containsEntry("reportId", null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLeadsReportSumsTheContributionsUpAndNamesThem() {
		Map<String, String> ids = issue("港口疏港公路建设");
		post(handler(CO), "/api/v1/assignments/" + ids.get(CO) + "/sign", null);
		String contributed = (String) ok(call(handler(CO), HttpMethod.POST,
				"/api/v1/assignments/" + ids.get(CO) + "/contributions", contribution("完成路基工程60%")))
			.get("id");
		post(handler(LEAD), "/api/v1/assignments/" + ids.get(LEAD) + "/sign", null);

		Map<String, Object> foreign = Map.of("percentComplete", 50, "progress", "汇总", "contributions",
				List.of("018f0000-0000-7000-8000-000000000000"));
		assertThat(post(handler(LEAD), "/api/v1/assignments/" + ids.get(LEAD) + "/reports", foreign))
			.as("only contributions passed on to this lead")
			.isEqualTo(400);
		Map<String, Object> report = ok(call(handler(LEAD), HttpMethod.POST,
				"/api/v1/assignments/" + ids.get(LEAD) + "/reports", Map.of("percentComplete", 50, "progress",
						"牵头汇总：路基工程完成60%（交通运输局）", "contributions", List.of(contributed))));
		assertThat((List<String>) report.get("contributions")).containsExactly(contributed);
		assertThat(list(supervisor(), "/api/v1/tasks/" + ids.get("task") + "/reports")).singleElement()
			.satisfies((r) -> assertThat((List<String>) r.get("contributions")).containsExactly(contributed));
		assertThat(slot(ids.get(LEAD))).containsEntry("reportId", report.get("id"));
	}

	@Test
	void onlyASignedCoUnitContributesAndNeitherReportsNorAsksForCompletion() {
		Map<String, String> ids = issue("公交场站建设");
		String coPath = "/api/v1/assignments/" + ids.get(CO);
		assertThat(post(handler(CO), coPath + "/contributions", contribution("x"))).as("not signed yet").isEqualTo(409);
		post(handler(CO), coPath + "/sign", null);
		post(handler(LEAD), "/api/v1/assignments/" + ids.get(LEAD) + "/sign", null);
		assertThat(post(handler(LEAD), "/api/v1/assignments/" + ids.get(LEAD) + "/contributions", contribution("x")))
			.as("the lead unit is no co-unit of its task")
			.isEqualTo(403);
		assertThat(post(handler("441700:zjj"), coPath + "/contributions", contribution("x")))
			.as("a unit without an assignment of the task: not found, as if missing")
			.isEqualTo(404);
		assertThat(post(city.api(TestKeys.token("sup-441704", "441704", "441704", "supervisor")),
				coPath + "/contributions", contribution("x")))
			.isEqualTo(404);
		assertThat(post(handler(CO), coPath + "/reports", Map.of("percentComplete", 10, "progress", "进展")))
			.as("a co-unit contributes to the lead's report instead")
			.isEqualTo(409);
		assertThat(post(handler(CO), coPath + "/completion", Map.of("evidence", "已完成"))).as("the lead answers for it")
			.isEqualTo(409);
		assertThat(post(handler(CO), coPath + "/contributions", Map.of("progress", " "))).isEqualTo(400);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLeadsApprovedCompletionClosesTheTaskWhateverTheCoUnitsState() {
		Map<String, String> ids = issue("客运枢纽建设");
		String leadPath = "/api/v1/assignments/" + ids.get(LEAD);
		post(handler(LEAD), leadPath + "/sign", null);
		assertThat(post(handler(LEAD), leadPath + "/completion", Map.of("evidence", "枢纽建成投用"))).isEqualTo(200);
		assertThat(post(supervisor(), leadPath + "/completion/approve", Map.of())).isEqualTo(200);

		Map<String, Object> task = ok(call(supervisor(), HttpMethod.GET, "/api/v1/tasks/" + ids.get("task"), null));
		assertThat(task).as("the co-unit never signed: its part ends with the lead's")
			.containsEntry("status", "CLOSED")
			.containsEntry("statusReason", "主办单位已办结");
		city.bean(TrafficLights.class).refreshAll();
		Map<String, Object> co = ok(call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + ids.get(CO), null));
		assertThat(co).containsEntry("status", "PENDING_SIGN")
			.containsEntry("light", "GREEN")
			.containsEntry("lightReason", "已随主办单位办结");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theTasksLightAndTheUnitsLightsCountTheLeadNotALateCoUnit() {
		Map<String, String> ids = issue("农村公路提档升级");
		clock.set("2024-09-30T10:00:00");
		city.bean(TrafficLights.class).refreshAll();
		Map<String, Object> co = ok(call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + ids.get(CO), null));
		assertThat(co).as("its contribution was due on 27 September").containsEntry("light", "RED");
		assertThat((String) co.get("lightReason")).contains("协办材料已逾期");
		Map<String, Object> task = ok(call(supervisor(), HttpMethod.GET, "/api/v1/tasks/" + ids.get("task"), null));
		assertThat(task).as("the lead's report is due on 8 October, one working day away")
			.containsEntry("light", "YELLOW");
		List<Map<String, Object>> units = list(supervisor(), "/api/v1/lights/units");
		assertThat(units).extracting((unit) -> unit.get("unitCode")).doesNotContain(CO);
	}

}
