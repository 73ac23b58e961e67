package org.ducha.node.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * The issuer returns an unsatisfactory progress report (退回, docs/business-rules.md
 * §11.2): the assignee must submit it again, the due slot counts as met only by the
 * resubmission and at its date, and an accepted report cannot be returned.
 */
class ReportReturnIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-09-02T10:00:00");

	private static TestNode city;

	private static final String UNIT = "441700:fgj";

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "tjj", "阳江市统计局"))
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

	private static RestClient handler() {
		return handler(UNIT);
	}

	private static RestClient handler(String unit) {
		return city.api(TestKeys.token("handler-" + unit, "441700", unit, "handler"));
	}

	/** A signed assignment of a task with milestones on 20 September and 29 November. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> signed(String title) {
		return signed(title, UNIT);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> signed(String title, String unit) {
		Map<String, Object> task = IssuedTasks.issue(city,
				Map.of("title", title, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline", "2024-12-31",
						"schedule",
						Map.of("type", "MILESTONES", "milestones",
								List.of(Map.of("due", "2024-09-20", "label", "节点一"),
										Map.of("due", "2024-11-29", "label", "节点二"))),
						"assignees", List.of(Map.of("unitCode", unit, "role", "LEAD"))));
		String assignment = (String) ((List<Map<String, Object>>) task.get("assignments")).get(0).get("id");
		ok(call(handler(unit), HttpMethod.POST, "/api/v1/assignments/" + assignment + "/sign", null));
		return Map.of("task", (String) task.get("id"), "assignment", assignment);
	}

	private static ResponseEntity<Map<String, Object>> report(String assignment, String progress, String answers) {
		return report(UNIT, assignment, progress, answers);
	}

	private static ResponseEntity<Map<String, Object>> report(String unit, String assignment, String progress,
			String answers) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("percentComplete", 30, "progress", progress));
		if (answers != null) {
			body.put("answers", answers);
		}
		return call(handler(unit), HttpMethod.POST, "/api/v1/assignments/" + assignment + "/reports", body);
	}

	private static ResponseEntity<Map<String, Object>> giveBack(RestClient client, String report, String reason) {
		return call(client, HttpMethod.POST, "/api/v1/reports/" + report + "/return", Map.of("reason", reason));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstSlot(String assignment) {
		Map<String, Object> schedule = ok(
				call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + assignment + "/schedule", null));
		return ((List<Map<String, Object>>) schedule.get("slots")).get(0);
	}

	private static List<Map<String, Object>> reports(String task) {
		return supervisor().get()
			.uri("/api/v1/tasks/{id}/reports", task)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReturnedReportsSlotIsMetOnlyByItsResubmissionAndAtTheResubmissionsDate() {
		String unit = "441700:tjj";
		Map<String, String> ids = signed("重点项目投资进度", unit);
		String assignment = ids.get("assignment");
		clock.set("2024-09-18T10:00:00");
		String first = (String) ok(report(unit, assignment, "完成投资12亿元", null)).get("id");
		assertThat(firstSlot(assignment)).containsEntry("reportId", first).containsEntry("onTime", true);

		clock.set("2024-09-19T10:00:00");
		Map<String, Object> returned = ok(giveBack(supervisor(), first, "未说明资金到位情况"));
		assertThat(returned).containsEntry("reason", "未说明资金到位情况").containsEntry("answeredBy", null);
		assertThat(firstSlot(assignment)).containsEntry("reportId", null).containsEntry("returnedReportId", first);
		assertThat(giveBack(supervisor(), first, "再次退回").getStatusCode().value()).as("returned already").isEqualTo(409);

		assertThat(report(unit, assignment, "另起一份报告", null).getStatusCode().value())
			.as("the next report resubmits the returned one")
			.isEqualTo(409);
		assertThat(report(unit, assignment, "答非所问", "018f0000-0000-7000-8000-000000000000").getStatusCode().value())
			.isEqualTo(409);

		clock.set("2024-09-24T10:00:00");
		String second = (String) ok(report(unit, assignment, "完成投资12亿元，其中中央预算内资金3亿元已到位", first)).get("id");
		assertThat(firstSlot(assignment)).as("met by the resubmission of 24 September, after the due date of the 20th")
			.containsEntry("reportId", second)
			.containsEntry("reportedOn", "2024-09-24")
			.containsEntry("onTime", false)
			.containsEntry("returnedReportId", first);
		assertThat(reports(ids.get("task"))).satisfiesExactlyInAnyOrder(
				(r) -> assertThat(r).containsEntry("id", second).containsEntry("answers", first),
				(r) -> assertThat((Map<String, Object>) r.get("returned")).containsEntry("answeredBy", second)
					.containsEntry("reason", "未说明资金到位情况"));

		Map<String, Object> rates = ok(call(supervisor(), HttpMethod.GET,
				"/api/v1/dashboard/on-time-rate?scope=node&from=2024-09-01&to=2024-09-30", null));
		assertThat((List<Map<String, Object>>) rates.get("items"))
			.filteredOn((item) -> unit.equals(item.get("unitCode")))
			.singleElement()
			.satisfies((item) -> assertThat(item).containsEntry("onTime", 0).containsEntry("late", 1));
	}

	@Test
	void anAcceptedReportCannotBeReturned() {
		String assignment = signed("项目前期工作").get("assignment");
		clock.set("2024-09-18T10:00:00");
		String old = (String) ok(report(assignment, "完成可研批复", null)).get("id");
		clock.set("2024-09-27T10:00:00");
		assertThat(giveBack(supervisor(), old, "太简略").getStatusCode().value())
			.as("five working days after the 18th have passed: the report is accepted")
			.isEqualTo(409);

		String earlier = (String) ok(report(assignment, "完成用地预审", null)).get("id");
		ok(report(assignment, "完成环评批复", null));
		assertThat(giveBack(supervisor(), earlier, "太简略").getStatusCode().value()).as("a newer report followed it")
			.isEqualTo(409);
	}

	@Test
	void onlyTheIssuerReturnsAndASiblingCountySeesNothing() {
		String assignment = signed("招商引资").get("assignment");
		clock.set("2024-09-18T10:00:00");
		String report = (String) ok(report(assignment, "签约项目5个", null)).get("id");
		assertThat(giveBack(handler(), report, "x").getStatusCode().value()).isEqualTo(403);
		assertThat(giveBack(city.api(TestKeys.token("sup-441704", "441704", "441704", "supervisor")), report, "x")
			.getStatusCode()
			.value()).as("out of scope, exactly like a missing report").isEqualTo(404);
		assertThat(giveBack(supervisor(), "018f0000-0000-7000-8000-000000000000", "x").getStatusCode().value())
			.isEqualTo(404);
		assertThat(giveBack(supervisor(), report, " ").getStatusCode().value()).as("a return says why").isEqualTo(400);
	}

}
