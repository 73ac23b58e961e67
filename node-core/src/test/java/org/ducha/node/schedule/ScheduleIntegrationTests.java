package org.ducha.node.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.calendar.CalendarAdministration;
import org.ducha.node.calendar.NoticeDay;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assignment's due slots at a node: planned from its task's rule, filled by reports on
 * time or late, moved with their reason when the calendar changes, and the light that
 * follows.
 */
class ScheduleIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-03-05T10:00:00");

	private static TestNode province;

	private static final Actor SUPERVISOR = new Actor("sup", "督查员", "440000", "440000:dcs", Set.of(Role.SUPERVISOR));

	private static final Actor HANDLER = new Actor("han", "承办人", "440000", "440000:fgw", Set.of(Role.HANDLER));

	private static final Actor ADMIN = new Actor("admin", "系统管理员", "440000", "440000", Set.of(Role.SYSADMIN));

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.withoutTransport()
			.departments(Map.of("fgw", "广东省发展和改革委员会"))
			.bean("clock", clock)
			.start();
	}

	@AfterAll
	static void stop() {
		province.close();
	}

	@BeforeEach
	void reset() {
		clock.reset();
	}

	private static String issue(TaskSource source, ReportingRule schedule, LocalDate deadline) {
		Task task = IssuedTasks.issue(province.context(),
				new IssueTask(new TaskContent("任务", null, source, TaskType.ROUTINE, null, deadline, schedule),
						List.of(new IssueTask.Assignee("440000:fgw", AssignmentRole.LEAD))),
				SUPERVISOR);
		String assignment = province.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
		province.bean(Signing.class).sign(assignment, HANDLER);
		return assignment;
	}

	private static void report(String assignment, int percent) {
		province.bean(Reporting.class)
			.report(assignment, new ReportContent(percent, "进展", null, null, null, null, null, null), HANDLER);
	}

	private static List<ReportSlot> slots(String assignment) {
		return province.bean(Schedules.class).of(assignment);
	}

	private static String light(String assignment) {
		return province.bean(JdbcClient.class)
			.sql("SELECT light FROM assignment WHERE id = ?")
			.param(assignment)
			.query(String.class)
			.single();
	}

	@Test
	void quarterlyReportsFillTheirSlotsOnTimeOrLateAndTheLightFollows() {
		String assignment = issue(TaskSource.ANNUAL_KEY_WORK, null, LocalDate.of(2024, 12, 31));
		assertThat(slots(assignment)).extracting(ReportSlot::due)
			.containsExactly(LocalDate.of(2024, 4, 8), LocalDate.of(2024, 7, 5), LocalDate.of(2024, 10, 12),
					LocalDate.of(2025, 1, 8));
		assertThat(light(assignment)).isEqualTo("GREEN");

		clock.set("2024-04-03T15:00:00");
		report(assignment, 20);
		assertThat(slots(assignment).get(0).onTime()).isTrue();

		clock.set("2024-07-08T09:00:00");
		province.bean(TrafficLights.class).refreshAll();
		assertThat(light(assignment)).as("the second quarter's report is overdue").isEqualTo("RED");

		clock.set("2024-07-09T09:00:00");
		report(assignment, 50);
		assertThat(slots(assignment).get(1)).satisfies((slot) -> {
			assertThat(slot.reportedOn()).isEqualTo(LocalDate.of(2024, 7, 9));
			assertThat(slot.onTime()).isFalse();
		});
		assertThat(light(assignment)).isEqualTo("GREEN");

		report(assignment, 55);
		assertThat(slots(assignment).get(2).isFilled()).as("a second report in the quarter is ad hoc").isFalse();
	}

	@Test
	void aNoticeChangedMidYearMovesOpenDueDatesAndRecordsWhy() {
		// the 2020 notice as it stood before 27 January 2020: 1 February was a make-up
		// working day
		List<NoticeDay> original = new ArrayList<>();
		for (String holiday : List.of("2020-01-01", "2020-01-24", "2020-01-25", "2020-01-26", "2020-01-27",
				"2020-01-28", "2020-01-29", "2020-01-30")) {
			original.add(new NoticeDay(LocalDate.parse(holiday), holiday.endsWith("01-01") ? "元旦" : "春节", true));
		}
		original.add(new NoticeDay(LocalDate.parse("2020-01-19"), "春节", false));
		original.add(new NoticeDay(LocalDate.parse("2020-02-01"), "春节", false));
		clock.set("2020-01-10T10:00:00");
		province.bean(CalendarAdministration.class).setNotice(2020, original, "国务院办公厅2020年部分节假日安排的通知", ADMIN);
		String assignment = issue(TaskSource.LIVELIHOOD_PROJECT,
				new ReportingRule.Monthly(YearMonth.of(2020, 2), YearMonth.of(2020, 3), 3), LocalDate.of(2020, 3, 31));
		assertThat(slots(assignment).get(0).due()).isEqualTo(LocalDate.of(2020, 2, 4));

		clock.set("2020-01-27T18:00:00");
		List<NoticeDay> extended = new ArrayList<>(original);
		extended.removeIf((day) -> day.date().equals(LocalDate.parse("2020-02-01")));
		for (String holiday : List.of("2020-01-31", "2020-02-01", "2020-02-02")) {
			extended.add(new NoticeDay(LocalDate.parse(holiday), "春节", true));
		}
		province.bean(CalendarAdministration.class).setNotice(2020, extended, "国务院办公厅关于延长2020年春节假期的通知", ADMIN);

		assertThat(slots(assignment).get(0)).satisfies((slot) -> {
			assertThat(slot.due()).isEqualTo(LocalDate.of(2020, 2, 5));
			assertThat(slot.originalDue()).isEqualTo(LocalDate.of(2020, 2, 4));
		});
		assertThat(province.bean(Schedules.class).changesOf(assignment)).singleElement().satisfies((change) -> {
			assertThat(change.oldDue()).isEqualTo(LocalDate.of(2020, 2, 4));
			assertThat(change.newDue()).isEqualTo(LocalDate.of(2020, 2, 5));
			assertThat(change.reason()).contains("延长2020年春节假期");
		});
		assertThat(province.bean(WorkingCalendar.class).day(LocalDate.of(2020, 2, 1)).workingDay()).isFalse();
		clock.advance(Duration.ofDays(1));
	}

}
