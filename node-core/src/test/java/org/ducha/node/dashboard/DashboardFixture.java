package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.schedule.TrafficLights;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ReportingRule;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known set of tasks of the city 441700, issued on 2 September 2024 (the last on the
 * 10th) and looked at on Wednesday 9 October 2024, right after the National Day holiday
 * (1–7 October; Sunday 29 September a make-up working day).
 * <table>
 * <tr>
 * <th>task</th>
 * <th>units</th>
 * <th>reports</th>
 * <th>light on 9 October</th>
 * </tr>
 * <tr>
 * <td>GREEN</td>
 * <td>fgj</td>
 * <td>due 29 Nov</td>
 * <td>GREEN</td>
 * </tr>
 * <tr>
 * <td>YELLOW</td>
 * <td>jyj (lead), gxj</td>
 * <td>due Fri 11 Oct</td>
 * <td>YELLOW, YELLOW</td>
 * </tr>
 * <tr>
 * <td>JIANGCHENG_MISSING</td>
 * <td>441702</td>
 * <td>due 30 Sep, none</td>
 * <td>RED</td>
 * </tr>
 * <tr>
 * <td>DEADLINE_PASSED</td>
 * <td>fgj</td>
 * <td>due 27 Sep, on time 26 Sep; deadline 27 Sep</td>
 * <td>RED</td>
 * </tr>
 * <tr>
 * <td>LATE_REPORT</td>
 * <td>fgj</td>
 * <td>due 20 Sep, late 24 Sep; due 29 Nov</td>
 * <td>GREEN</td>
 * </tr>
 * <tr>
 * <td>ON_TIME_REPORT</td>
 * <td>jyj</td>
 * <td>due 25 Sep, on time; due 20 Dec</td>
 * <td>GREEN</td>
 * </tr>
 * <tr>
 * <td>YANGDONG_MISSING</td>
 * <td>441704</td>
 * <td>due 30 Sep, none</td>
 * <td>RED</td>
 * </tr>
 * <tr>
 * <td>NOTHING_DUE_YET</td>
 * <td>gxj</td>
 * <td>due 20 Dec (issued 10 Sep)</td>
 * <td>GREEN</td>
 * </tr>
 * </table>
 */
final class DashboardFixture {

	static final Actor SUPERVISOR = new Actor("sup", "督查员", "441700", "441700:dcs", Set.of(Role.SUPERVISOR));

	/**
	 * The tasks, each with its title, source, milestones and units (the first the lead).
	 */
	enum Issued {

		GREEN(TaskSource.LEADER_INSTRUCTION, "2025-12-31", List.of("2024-11-29"), "441700:fgj"),

		YELLOW(TaskSource.MAJOR_DECISION, "2025-12-31", List.of("2024-10-11"), "441700:jyj", "441700:gxj"),

		JIANGCHENG_MISSING(TaskSource.LEADER_INSTRUCTION, "2025-12-31", List.of("2024-09-30"), "441702"),

		DEADLINE_PASSED(TaskSource.ANNUAL_KEY_WORK, "2024-09-27", List.of("2024-09-27"), "441700:fgj"),

		LATE_REPORT(TaskSource.MAJOR_DECISION, "2025-12-31", List.of("2024-09-20", "2024-11-29"), "441700:fgj"),

		ON_TIME_REPORT(TaskSource.MAJOR_DECISION, "2025-12-31", List.of("2024-09-25", "2024-12-20"), "441700:jyj"),

		YANGDONG_MISSING(TaskSource.LIVELIHOOD_PROJECT, "2025-12-31", List.of("2024-09-30"), "441704"),

		NOTHING_DUE_YET(TaskSource.IMPORTANT_DOCUMENT, "2025-12-31", List.of("2024-12-20"), "441700:gxj");

		private final TaskSource source;

		private final LocalDate deadline;

		private final List<String> milestones;

		private final List<String> units;

		Issued(TaskSource source, String deadline, List<String> milestones, String... units) {
			this.source = source;
			this.deadline = LocalDate.parse(deadline);
			this.milestones = milestones;
			this.units = Arrays.asList(units);
		}

		String title() {
			return "看板测试：" + name();
		}

	}

	private final TestNode node;

	private final Map<Issued, String> ids = new EnumMap<>(Issued.class);

	private DashboardFixture(TestNode node) {
		this.node = node;
	}

	/**
	 * Issues, signs and reports as the table says, then computes the lights on 9 October.
	 */
	static DashboardFixture build(TestNode city, TestClock clock) {
		DashboardFixture fixture = new DashboardFixture(city);
		clock.set("2024-09-02T10:00:00");
		for (Issued issued : Issued.values()) {
			if (issued == Issued.NOTHING_DUE_YET) {
				clock.set("2024-09-10T10:00:00");
			}
			fixture.ids.put(issued, fixture.issue(issued));
		}
		clock.set("2024-09-24T10:00:00");
		fixture.signAndReport(Issued.LATE_REPORT, "441700:fgj");
		clock.set("2024-09-25T10:00:00");
		fixture.signAndReport(Issued.ON_TIME_REPORT, "441700:jyj");
		clock.set("2024-09-26T10:00:00");
		fixture.signAndReport(Issued.DEADLINE_PASSED, "441700:fgj");
		clock.set("2024-10-09T10:00:00");
		city.bean(TrafficLights.class).refreshAll();
		return fixture;
	}

	String id(Issued issued) {
		return this.ids.get(issued);
	}

	private String issue(Issued issued) {
		List<ReportingRule.Milestone> milestones = issued.milestones.stream()
			.map((due) -> new ReportingRule.Milestone(LocalDate.parse(due), "节点" + due))
			.toList();
		List<IssueTask.Assignee> assignees = issued.units.stream()
			.map((unit) -> new IssueTask.Assignee(unit,
					unit.equals(issued.units.get(0)) ? AssignmentRole.LEAD : AssignmentRole.CO))
			.toList();
		Task task = IssuedTasks.issue(
				this.node.context(), new IssueTask(new TaskContent(issued.title(), null, issued.source,
						TaskType.ROUTINE, null, issued.deadline, new ReportingRule.Milestones(milestones)), assignees),
				SUPERVISOR);
		return task.getId();
	}

	private void signAndReport(Issued issued, String unit) {
		String assignment = this.node.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ? AND unit_code = ?")
			.params(id(issued), unit)
			.query(String.class)
			.single();
		Actor handler = new Actor("handler-" + unit, "承办人", "441700", unit, Set.of(Role.HANDLER));
		this.node.bean(Signing.class).sign(assignment, handler);
		this.node.bean(Reporting.class)
			.report(assignment, new ReportContent(30, "按节点推进", null, null, null, null, null, null), handler);
	}

}
