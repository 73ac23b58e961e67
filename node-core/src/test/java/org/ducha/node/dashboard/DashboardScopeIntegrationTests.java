package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.schedule.TrafficLights;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ReportingRule;
import org.ducha.node.task.Signing;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards across a city and its two counties over piped links: a county sees its
 * own rows and never its sibling's; the city rolls its counties up, with the reports that
 * came up from them; the city's supervisors read a county's dashboard, a sibling's do
 * not.
 * <p>
 * The city issues, on 2 September 2024, "shared" to 江城区 441702 (lead) and 阳东区 441704
 * (co), a report due 30 September, and "yangdong" to 441704 alone, a report due 20
 * September. 江城区 reports on 27 September; 阳东区 never does. Looked at on 9 October.
 */
class DashboardScopeIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-09-02T10:00:00");

	private static TestNode city;

	private static TestNode jiangcheng;

	private static TestNode yangdong;

	private static PipedLink toJiangcheng;

	private static PipedLink toYangdong;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441702", "441704")
			.withoutTransport()
			.bean("clock", clock)
			.start();
		jiangcheng = county("441702", "江城区");
		yangdong = county("441704", "阳东区");
		toJiangcheng = PipedLink.connect(city, jiangcheng);
		toYangdong = PipedLink.connect(city, yangdong);
		settle();
		Actor supervisor = new Actor("sup", "督查员", "441700", "441700:dcs", Set.of(Role.SUPERVISOR));
		String shared = issue(supervisor, "shared", "2024-09-30", "441702", "441704");
		issue(supervisor, "yangdong", "2024-09-20", "441704");
		settle();
		clock.set("2024-09-27T10:00:00");
		Actor handler = new Actor("han", "承办人", "441702", "441702", Set.of(Role.HANDLER));
		String assignment = jiangcheng.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ? AND unit_code = '441702'")
			.param(shared)
			.query(String.class)
			.single();
		jiangcheng.bean(Signing.class).sign(assignment, handler);
		jiangcheng.bean(Reporting.class)
			.report(assignment, new ReportContent(40, "已完成第一阶段", null, null, null, null, null, null), handler);
		settle();
		clock.set("2024-10-09T10:00:00");
		List.of(city, jiangcheng, yangdong).forEach((node) -> node.bean(TrafficLights.class).refreshAll());
	}

	private static TestNode county(String code, String name) {
		return TestNode.node(code, NodeLevel.COUNTY)
			.name(name)
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.bean("clock", clock)
			.start();
	}

	private static String issue(Actor supervisor, String title, String due, String lead, String... co) {
		List<IssueTask.Assignee> assignees = new java.util.ArrayList<>();
		assignees.add(new IssueTask.Assignee(lead, AssignmentRole.LEAD));
		for (String unit : co) {
			assignees.add(new IssueTask.Assignee(unit, AssignmentRole.CO));
		}
		return IssuedTasks
			.issue(city.context(),
					new IssueTask(
							new TaskContent(title, null, TaskSource.LEADER_INSTRUCTION, TaskType.ROUTINE, null,
									LocalDate.parse("2025-12-31"),
									new ReportingRule.Milestones(
											List.of(new ReportingRule.Milestone(LocalDate.parse(due), "第一阶段")))),
							assignees),
					supervisor)
			.getId();
	}

	private static void settle() {
		for (int round = 0; round < 3; round++) {
			toJiangcheng.drain();
			toYangdong.drain();
		}
	}

	@AfterAll
	static void stop() {
		List.of(yangdong, jiangcheng, city).forEach(TestNode::close);
	}

	@Test
	void aCountySeesItsOwnRowsAndNeverItsSiblings() {
		DashboardClient supervisor = DashboardClient.of(jiangcheng, "441702", "441702", "supervisor");
		for (String route : List.of("summary", "summary?scope=subtree", "on-time-rate")) {
			assertThat(supervisor.reply("/api/v1/dashboard/" + route).body()).as(route)
				.contains("441702")
				.doesNotContain("441704");
		}
		Map<String, Object> summary = supervisor.get("/api/v1/dashboard/summary");
		assertThat(summary.get("scope")).as("a county looks at itself by default").isEqualTo("NODE");
		assertThat(DashboardClient.map(summary, "tasks").get("total")).isEqualTo(1);
		assertThat(DashboardClient.map(DashboardClient.map(summary, "assignments"), "byStatus"))
			.containsEntry("REPORTING", 1)
			.containsEntry("PENDING_SIGN", 0);
		assertThat(DashboardClient.list(supervisor.get("/api/v1/dashboard/on-time-rate"), "items")).singleElement()
			.satisfies((unit) -> assertThat(unit).containsEntry("unitCode", "441702")
				.containsEntry("unitName", "江城区")
				.containsEntry("onTime", 1)
				.containsEntry("rate", 1.0));
		assertThat(supervisor.get("/api/v1/dashboard/overdue")).containsEntry("total", 0);

		DashboardClient sibling = DashboardClient.of(yangdong, "441704", "441704", "supervisor");
		assertThat(sibling.reply("/api/v1/dashboard/summary").body()).doesNotContain("441702");
		Map<String, Object> overdue = sibling.get("/api/v1/dashboard/overdue");
		assertThat(DashboardClient.list(overdue, "items")).extracting((item) -> item.get("taskTitle"))
			.as("its lead assignment; on \"shared\" it is a co-unit, whose contributions are not counted here")
			.containsExactly("yangdong");
		assertThat(DashboardClient.list(overdue, "items")).extracting((item) -> item.get("workingDaysOverdue"))
			.as("after 20 September: 23–27, Sunday 29 (a make-up day), 30, 8 and 9 October")
			.containsExactly(9);
	}

	@Test
	void theCityRollsUpItsCountiesWithTheReportsThatCameUp() {
		DashboardClient supervisor = DashboardClient.of(city, "441700", "441700:dcs", "supervisor");
		Map<String, Object> summary = supervisor.get("/api/v1/dashboard/summary");
		assertThat(DashboardClient.map(summary, "tasks").get("total")).isEqualTo(2);
		assertThat(DashboardClient.map(summary, "assignments").get("total")).isEqualTo(3);
		assertThat(DashboardClient.list(supervisor.get("/api/v1/dashboard/on-time-rate"), "items"))
			.extracting((unit) -> unit.get("unitCode") + " " + unit.get("onTime") + "/" + unit.get("due"))
			.as("the lead units' reports: 阳东区 is only a co-unit of \"shared\"")
			.containsExactly("441702 1/1", "441704 0/1");
		assertThat(supervisor.get("/api/v1/dashboard/overdue")).containsEntry("total", 1);
		Map<String, Object> own = supervisor.get("/api/v1/dashboard/summary?scope=node");
		assertThat(DashboardClient.map(own, "tasks").get("total")).as("the city's own units have none").isEqualTo(0);
	}

	@Test
	void theCitysSupervisorsReadACountysDashboardAndASiblingsDoNot() {
		Map<String, Object> fromAbove = DashboardClient.of(jiangcheng, "441700", "441700:dcs", "supervisor")
			.get("/api/v1/dashboard/summary");
		assertThat(DashboardClient.map(fromAbove, "tasks").get("total")).isEqualTo(1);
		assertThat(DashboardClient.of(jiangcheng, "441704", "441704", "supervisor").status("/api/v1/dashboard/summary"))
			.isEqualTo(403);
		assertThat(DashboardClient.of(jiangcheng, "441704", "441704", "handler").status("/api/v1/dashboard/overdue"))
			.isEqualTo(403);
	}

}
