package org.ducha.node.schedule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.reminder.AutomaticReminders;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.SupervisorCalls;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.items;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * Claim-overdue (签收超时, docs/business-rules.md §6.7): an assignment is to be signed within
 * two working days after the day it was handed over, counted on the calendar; left
 * unsigned after that it is marked on the dashboard, counted and listed, and its unit
 * reminded (the unit head too), once per round; signing or a reassignment ends it.
 */
class ClaimOverdueIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-09-13T10:00:00");

	private static TestNode city;

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

	private static RestClient supervisor() {
		return city.api(TestKeys.token("sup-441700", "441700", "441700", "supervisor"));
	}

	private static RestClient handler(String unit) {
		return city.api(TestKeys.token("handler-" + unit, "441700", unit, "handler"));
	}

	private static Map<String, Object> get(RestClient client, String uri) {
		return ok(call(client, HttpMethod.GET, uri, null));
	}

	@SuppressWarnings("unchecked")
	private static long claimOverdue() {
		return ((Number) ((Map<String, Object>) get(supervisor(), "/api/v1/dashboard/summary").get("assignments"))
			.get("claimOverdue")).longValue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAssignmentLeftUnsignedPastItsLimitIsMarkedCountedAndRemindedUntilSigned() {
		Map<String, Object> task = IssuedTasks.issue(city,
				Map.of("title", "中秋国庆期间安全生产检查", "source", "LEADER_INSTRUCTION", "type", "SPECIAL", "deadline",
						"2024-12-31", "assignees", List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"),
								Map.of("unitCode", "441700:jtj", "role", "CO"))));
		List<Map<String, Object>> assignments = (List<Map<String, Object>>) task.get("assignments");
		assertThat(assignments)
			.as("issued Friday 13 September: Saturday 14th is a make-up working day, 15–17 a holiday")
			.allSatisfy((a) -> assertThat(a).containsEntry("signBy", "2024-09-18"));
		String lead = SupervisorCalls.assignmentOf(task, "441700:fgj");
		String co = SupervisorCalls.assignmentOf(task, "441700:jtj");
		AutomaticReminders reminders = city.bean(AutomaticReminders.class);

		clock.set("2024-09-18T16:00:00");
		assertThat(claimOverdue()).as("the limit's own day").isZero();
		reminders.remindDue();
		assertThat(supervisor().get().uri("/api/v1/assignments/{id}/reminders", lead).retrieve().body(String.class))
			.doesNotContain("CLAIM_OVERDUE");

		clock.set("2024-09-19T09:00:00");
		assertThat(claimOverdue()).isEqualTo(2);
		Map<String, Object> list = get(supervisor(), "/api/v1/dashboard/claim-overdue");
		assertThat(list.get("total")).isEqualTo(2);
		assertThat((List<Map<String, Object>>) list.get("items")).extracting((item) -> item.get("role"))
			.containsExactlyInAnyOrder("LEAD", "CO");
		assertThat((List<Map<String, Object>>) list.get("items"))
			.allSatisfy((item) -> assertThat(item).containsEntry("signBy", "2024-09-18")
				.containsEntry("workingDaysOverdue", 1)
				.containsEntry("taskId", task.get("id")));

		int sent = reminders.remindDue();
		assertThat(sent).isGreaterThanOrEqualTo(2);
		assertThat(reminders.remindDue()).as("once per round").isZero();
		List<Map<String, Object>> inbox = items(handler("441700:fgj"), "/api/v1/inbox");
		assertThat(inbox).filteredOn((item) -> "CLAIM_OVERDUE".equals(item.get("kind")))
			.singleElement()
			.satisfies((item) -> assertThat((String) item.get("title")).startsWith("【签收超时】《中秋国庆期间安全生产检查》"));
		List<Map<String, Object>> heads = items(
				city.api(TestKeys.token("head-fgj", "441700", "441700:fgj", "unit-head")), "/api/v1/inbox");
		assertThat(heads).filteredOn((item) -> "UNIT_HEAD".equals(item.get("audience")))
			.extracting((item) -> item.get("kind"))
			.contains("CLAIM_OVERDUE");

		ok(call(handler("441700:fgj"), HttpMethod.POST, "/api/v1/assignments/" + lead + "/sign", null));
		assertThat(claimOverdue()).as("signed late, no longer waiting").isEqualTo(1);

		ok(call(handler("441700:jtj"), HttpMethod.POST, "/api/v1/assignments/" + co + "/return",
				Map.of("reason", "不属于本局职责")));
		Map<String, Object> reassigned = ok(call(supervisor(), HttpMethod.POST,
				"/api/v1/assignments/" + co + "/reassign", Map.of("unitCode", "441700:zjj")));
		assertThat(reassigned).as("two working days after the reassignment on Thursday 19 September")
			.containsEntry("signBy", "2024-09-23");
		assertThat(claimOverdue()).isZero();
		clock.set("2024-09-24T09:00:00");
		assertThat(items(supervisor(), "/api/v1/dashboard/claim-overdue")).singleElement()
			.satisfies((item) -> assertThat(item).containsEntry("unitCode", "441700:zjj").containsEntry("role", "CO"));
	}

}
