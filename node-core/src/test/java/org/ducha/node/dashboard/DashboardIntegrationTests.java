package org.ducha.node.dashboard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.dashboard.DashboardFixture.Issued;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards of one city over a known set of tasks (see {@link DashboardFixture}):
 * counts by status, source and light, on-time rates and their ranking, the overdue list
 * in working days across the National Day holiday, what a unit's handler sees, who is
 * refused, and bad parameters.
 */
class DashboardIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-09-02T10:00:00");

	private static TestNode city;

	private static DashboardFixture fixture;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局", "gxj", "阳江市工业和信息化局"))
			.bean("clock", clock)
			.start();
		fixture = DashboardFixture.build(city, clock);
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static DashboardClient supervisor() {
		return DashboardClient.of(city, "441700", "441700:dcs", "supervisor");
	}

	@Test
	void countsTasksAndAssignmentsByStatusSourceAndLight() {
		Map<String, Object> summary = supervisor().get("/api/v1/dashboard/summary");
		assertThat(summary.get("scope")).as("a city rolls up its subtree by default").isEqualTo("SUBTREE");
		assertThat(summary.get("asOf")).isEqualTo("2024-10-09");
		Map<String, Object> tasks = DashboardClient.map(summary, "tasks");
		assertThat(tasks.get("total")).isEqualTo(8);
		assertThat(DashboardClient.map(tasks, "byStatus")).as("a task with a signing or report is in progress")
			.containsEntry("ISSUED", 5)
			.containsEntry("IN_PROGRESS", 3)
			.containsEntry("CLOSED", 0)
			.containsEntry("DRAFT", 0);
		assertThat(DashboardClient.map(tasks, "bySource")).containsEntry("LEADER_INSTRUCTION", 2)
			.containsEntry("MAJOR_DECISION", 3)
			.containsEntry("ANNUAL_KEY_WORK", 1)
			.containsEntry("LIVELIHOOD_PROJECT", 1)
			.containsEntry("IMPORTANT_DOCUMENT", 1)
			.containsEntry("PUBLIC_CLUE", 0);
		assertThat(DashboardClient.map(tasks, "byLight"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("GREEN", 4, "YELLOW", 1, "RED", 3));
		Map<String, Object> assignments = DashboardClient.map(summary, "assignments");
		assertThat(assignments.get("total")).isEqualTo(9);
		assertThat(assignments.get("open")).as("the lead units' assignments: the co-unit 441700:gxj's is not counted")
			.isEqualTo(8);
		assertThat(assignments.get("claimOverdue")).as("every assignment still waiting to be signed, lead or co")
			.isEqualTo(6);
		assertThat(DashboardClient.map(assignments, "byStatus")).containsEntry("PENDING_SIGN", 6)
			.containsEntry("REPORTING", 3)
			.containsEntry("SIGNED", 0)
			.containsEntry("COMPLETED", 0)
			.containsEntry("RETURNED", 0);
		assertThat(DashboardClient.map(assignments, "byLight"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("GREEN", 4, "YELLOW", 1, "RED", 3));
	}

	@Test
	void listsEachUnitsOpenAssignmentsByLightTheMostRedFirst() {
		List<Map<String, Object>> units = DashboardClient.list(supervisor().get("/api/v1/dashboard/summary"), "units");
		assertThat(units).extracting((unit) -> unit.get("unitCode"))
			.as("lead units only: 441700:gxj's co-assignment on the YELLOW task is not counted")
			.containsExactly("441700:fgj", "441702", "441704", "441700:jyj", "441700:gxj");
		assertThat(units.get(0)).containsEntry("unitName", "阳江市发展和改革局")
			.containsEntry("nodeCode", "441700")
			.containsEntry("open", 3)
			.containsEntry("green", 2)
			.containsEntry("yellow", 0)
			.containsEntry("red", 1);
		assertThat(units.get(1)).containsEntry("nodeCode", "441702").containsEntry("open", 1).containsEntry("red", 1);
		assertThat(units.get(3)).containsEntry("green", 1).containsEntry("yellow", 1);
		assertThat(units.get(4)).containsEntry("open", 1).containsEntry("green", 1).containsEntry("yellow", 0);
	}

	@Test
	void filtersTheSummaryBySourceAndIssueDateAndScope() {
		Map<String, Object> bySource = supervisor().get("/api/v1/dashboard/summary?source=major_decision");
		assertThat(DashboardClient.map(bySource, "tasks").get("total")).isEqualTo(3);
		assertThat(DashboardClient.map(bySource, "assignments").get("total")).isEqualTo(4);

		Map<String, Object> late = supervisor().get("/api/v1/dashboard/summary?from=2024-09-03");
		assertThat(DashboardClient.map(late, "tasks").get("total")).as("only the task issued on 10 September")
			.isEqualTo(1);
		Map<String, Object> early = supervisor().get("/api/v1/dashboard/summary?from=2024-09-02&to=2024-09-02");
		assertThat(DashboardClient.map(early, "tasks").get("total")).isEqualTo(7);

		Map<String, Object> node = supervisor().get("/api/v1/dashboard/summary?scope=node");
		assertThat(node.get("scope")).isEqualTo("NODE");
		assertThat(DashboardClient.map(node, "tasks").get("total")).as("without the counties' tasks").isEqualTo(6);
		assertThat(DashboardClient.list(node, "units")).extracting((unit) -> unit.get("nodeCode"))
			.containsOnly("441700");
	}

	@Test
	void ranksUnitsByOnTimeRateOverTheYearSoFar() {
		Map<String, Object> rates = supervisor().get("/api/v1/dashboard/on-time-rate");
		assertThat(rates.get("from")).isEqualTo("2024-01-01");
		assertThat(rates.get("to")).isEqualTo("2024-10-09");
		assertThat(rates.get("total")).isEqualTo(5);
		List<Map<String, Object>> items = DashboardClient.list(rates, "items");
		assertThat(items).extracting((unit) -> unit.get("unitCode"))
			.containsExactly("441700:jyj", "441700:fgj", "441702", "441704", "441700:gxj");
		assertThat(items).extracting((unit) -> unit.get("rank")).containsExactly(1, 2, 3, 4, 5);
		assertThat(items.get(0)).containsEntry("due", 1).containsEntry("onTime", 1).containsEntry("rate", 1.0);
		assertThat(items.get(1)).containsEntry("due", 2)
			.containsEntry("onTime", 1)
			.containsEntry("late", 1)
			.containsEntry("missing", 0)
			.containsEntry("rate", 0.5);
		assertThat(items.get(2)).containsEntry("due", 1).containsEntry("missing", 1).containsEntry("rate", 0.0);
		assertThat(items.get(4)).as("nothing was due").containsEntry("due", 0).containsEntry("rate", null);
	}

	@Test
	void breaksTiesByUnitCodeAndLeavesSlotsNotYetDueOut() {
		Map<String, Object> rates = supervisor().get("/api/v1/dashboard/on-time-rate?from=2024-09-21&to=2024-12-31");
		List<Map<String, Object>> items = DashboardClient.list(rates, "items");
		assertThat(items).extracting((unit) -> unit.get("unitCode"))
			.containsExactly("441700:fgj", "441700:jyj", "441702", "441704", "441700:gxj");
		assertThat(items.get(0)).as("the late report of 20 September is outside; November's slots are not due yet")
			.containsEntry("due", 1)
			.containsEntry("onTime", 1)
			.containsEntry("rate", 1.0);

		Map<String, Object> page = supervisor().get("/api/v1/dashboard/on-time-rate?from=2024-09-21&size=2&page=1");
		assertThat(DashboardClient.list(page, "items")).extracting((unit) -> unit.get("rank")).containsExactly(3, 4);
		assertThat(page.get("total")).isEqualTo(5);
	}

	@Test
	void listsOverdueAssignmentsOldestFirstInWorkingDaysAcrossTheHoliday() {
		Map<String, Object> overdue = supervisor().get("/api/v1/dashboard/overdue");
		assertThat(overdue.get("total")).isEqualTo(3);
		List<Map<String, Object>> items = DashboardClient.list(overdue, "items");
		assertThat(items.get(0)).as("past its deadline of Friday 27 September; Sunday 29th was a make-up working day")
			.containsEntry("taskId", fixture.id(Issued.DEADLINE_PASSED))
			.containsEntry("unitCode", "441700:fgj")
			.containsEntry("dueDate", "2024-09-27")
			.containsEntry("reason", "DEADLINE")
			.containsEntry("overdueReports", 0)
			.containsEntry("workingDaysOverdue", 4);
		assertThat(items.get(0).get("taskNumber")).asString().startsWith("阳督");
		assertThat(items.get(0).get("taskTitle")).isEqualTo(Issued.DEADLINE_PASSED.title());
		assertThat(items.subList(1, 3)).allSatisfy((item) -> {
			assertThat(item).containsEntry("dueDate", "2024-09-30")
				.containsEntry("reason", "REPORT")
				.containsEntry("overdueReports", 1)
				.containsEntry("workingDaysOverdue", 2);
		});
		assertThat(items.subList(1, 3)).extracting((item) -> item.get("unitCode"))
			.containsExactlyInAnyOrder("441702", "441704");

		Map<String, Object> page = supervisor().get("/api/v1/dashboard/overdue?size=1&page=2");
		assertThat(DashboardClient.list(page, "items")).hasSize(1);
		assertThat(page.get("total")).isEqualTo(3);
		Map<String, Object> beyond = supervisor().get("/api/v1/dashboard/overdue?size=2&page=5");
		assertThat(DashboardClient.list(beyond, "items")).isEmpty();
		assertThat(beyond.get("total")).as("still counted past the last page").isEqualTo(3);
	}

	@Test
	void aHandlerSeesOnlyTheFiguresOfTheirUnit() {
		DashboardClient handler = DashboardClient.of(city, "441700", "441700:fgj", "handler");
		Map<String, Object> summary = handler.get("/api/v1/dashboard/summary");
		assertThat(summary.get("unitCode")).isEqualTo("441700:fgj");
		assertThat(DashboardClient.map(summary, "tasks").get("total")).isEqualTo(3);
		assertThat(DashboardClient.map(summary, "assignments").get("total")).isEqualTo(3);
		assertThat(DashboardClient.list(summary, "units")).extracting((unit) -> unit.get("unitCode"))
			.containsExactly("441700:fgj");
		assertThat(DashboardClient.list(handler.get("/api/v1/dashboard/on-time-rate"), "items"))
			.extracting((unit) -> unit.get("unitCode"))
			.containsExactly("441700:fgj");
		assertThat(DashboardClient.list(handler.get("/api/v1/dashboard/overdue"), "items"))
			.extracting((item) -> item.get("taskId"))
			.containsExactly(fixture.id(Issued.DEADLINE_PASSED));
		assertThat(DashboardClient.of(city, "441700", "441700:gxj", "unit-head").get("/api/v1/dashboard/overdue"))
			.containsEntry("total", 0);
		assertThat(DashboardClient.list(handler.get("/api/v1/dashboard/claim-overdue"), "items"))
			.as("the unit's own assignment left unsigned, not the other units'")
			.extracting((item) -> item.get("taskId"))
			.containsExactly(fixture.id(Issued.GREEN));
	}

	@Test
	void listsTheAssignmentsLeftUnsignedTheLimitPassedFirstFirst() {
		Map<String, Object> claims = supervisor().get("/api/v1/dashboard/claim-overdue");
		assertThat(claims.get("total")).isEqualTo(6);
		List<Map<String, Object>> items = DashboardClient.list(claims, "items");
		assertThat(items.get(0)).as("issued on Monday 2 September").containsEntry("signBy", "2024-09-04");
		assertThat(items.get(5)).as("issued on Tuesday 10 September; 14 and 29 September were make-up working days")
			.containsEntry("taskId", fixture.id(Issued.NOTHING_DUE_YET))
			.containsEntry("unitCode", "441700:gxj")
			.containsEntry("role", "LEAD")
			.containsEntry("signBy", "2024-09-12")
			.containsEntry("workingDaysOverdue", 14);
		assertThat(items).filteredOn((item) -> "CO".equals(item.get("role")))
			.singleElement()
			.satisfies((item) -> assertThat(item).containsEntry("taskId", fixture.id(Issued.YELLOW)));
	}

	@Test
	void supervisorsAboveReadTheWholeNodeAndOthersAreRefused() {
		Map<String, Object> above = DashboardClient.of(city, "440000", "440000:dcs", "supervisor")
			.get("/api/v1/dashboard/summary");
		assertThat(DashboardClient.map(above, "tasks").get("total")).isEqualTo(8);
		for (DashboardClient refused : List.of(DashboardClient.of(city, "441702", "441702", "handler"),
				DashboardClient.of(city, "441700", "441700", "observer"),
				DashboardClient.of(city, "441700", "441700", "sysadmin"),
				DashboardClient.of(city, "441702", "441702", "supervisor"))) {
			for (String route : List.of("summary", "on-time-rate", "overdue")) {
				assertThat(refused.status("/api/v1/dashboard/" + route)).as(route).isEqualTo(403);
			}
		}
	}

	@Test
	void refusesBadParametersNamingThem() {
		DashboardClient supervisor = supervisor();
		Map<String, String> named = Map.of("/api/v1/dashboard/summary?scope=everything", "'scope'",
				"/api/v1/dashboard/summary?source=rumour", "'source'", "/api/v1/dashboard/summary?from=2024-13-01",
				"'from'", "/api/v1/dashboard/summary?from=2024-10-02&to=2024-10-01", "'from'",
				"/api/v1/dashboard/on-time-rate?to=2024-02-30", "'to'",
				"/api/v1/dashboard/on-time-rate?from=2024-12-01&to=2024-11-01", "'from'",
				"/api/v1/dashboard/on-time-rate?size=201", "'size'", "/api/v1/dashboard/overdue?page=-1", "'page'",
				"/api/v1/dashboard/overdue?size=0", "'size'", "/api/v1/dashboard/overdue?page=first", "'page'");
		named.forEach((uri, parameter) -> {
			DashboardClient.Reply reply = supervisor.reply(uri);
			assertThat(reply.status()).as(uri).isEqualTo(400);
			assertThat(reply.body()).as(uri).contains("\"code\":\"invalid\"").contains(parameter);
		});
	}

}
