package org.ducha.node.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reporting rules of docs/business-rules.md §3 and their due dates on the bundled
 * calendar.
 */
class ReportingRuleTests {

	private static final CalendarData CALENDAR = CalendarTestData.bundled();

	private static List<LocalDate> dues(ReportingRule rule) {
		return rule.slots(CALENDAR).stream().map(SlotSpec::due).toList();
	}

	@Test
	void annualKeyWorkReportsOnTheFifthWorkingDayAfterEachQuarterFromAprilToJanuary() {
		assertThat(dues(new ReportingRule.Quarterly(2024, 5))).containsExactly(LocalDate.of(2024, 4, 8),
				LocalDate.of(2024, 7, 5), LocalDate.of(2024, 10, 12), LocalDate.of(2025, 1, 8));
		assertThat(dues(new ReportingRule.Quarterly(2020, 5)).get(2)).isEqualTo(LocalDate.of(2020, 10, 14));
	}

	@Test
	void livelihoodProjectsReportOnTheThirdWorkingDayOfEachMonthFromAprilToDecember() {
		List<LocalDate> dues = dues(new ReportingRule.Monthly(YearMonth.of(2020, 4), YearMonth.of(2020, 12), 3));
		assertThat(dues).hasSize(9);
		assertThat(dues.get(1)).isEqualTo(LocalDate.of(2020, 5, 8));
	}

	@Test
	void aMeetingDecisionIsReportedOnWithinOneCalendarMonth() {
		assertThat(dues(new ReportingRule.PeriodAfter(LocalDate.of(2026, 1, 31), Period.ofMonths(1))))
			.containsExactly(LocalDate.of(2026, 2, 28));
	}

	@Test
	void milestonesComeInDateOrderAndEachOpensWhenThePreviousIsDue() {
		List<SlotSpec> slots = new ReportingRule.Milestones(
				List.of(new ReportingRule.Milestone(LocalDate.of(2026, 9, 30), "竣工"),
						new ReportingRule.Milestone(LocalDate.of(2026, 6, 30), "开工")))
			.slots(CALENDAR);
		assertThat(slots).extracting(SlotSpec::label).containsExactly("开工", "竣工");
		assertThat(slots.get(1).opens()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	private static ReportingRule defaultOf(TaskSource source, LocalDate issued, LocalDate deadline,
			LocalDate instructionDue) {
		TaskContent content = new TaskContent("t", null, source, TaskType.ROUTINE, null, deadline);
		return DefaultSchedules.forContent(content, issued, instructionDue);
	}

	@Test
	void eachSourceHasTheSeedsDefault() {
		LocalDate issued = LocalDate.of(2026, 3, 2);
		LocalDate deadline = LocalDate.of(2026, 12, 31);
		LocalDate instructionDue = LocalDate.of(2026, 3, 23);
		assertThat(defaultOf(TaskSource.ANNUAL_KEY_WORK, issued, deadline, instructionDue))
			.isEqualTo(new ReportingRule.Quarterly(2026, 5));
		assertThat(defaultOf(TaskSource.LIVELIHOOD_PROJECT, issued, deadline, instructionDue))
			.isEqualTo(new ReportingRule.Monthly(YearMonth.of(2026, 4), YearMonth.of(2026, 12), 3));
		assertThat(dues(defaultOf(TaskSource.LEADER_INSTRUCTION, issued, deadline, instructionDue)))
			.as("as the instruction's urgency says")
			.containsExactly(instructionDue);
		assertThat(dues(defaultOf(TaskSource.LEADER_INSTRUCTION, issued, LocalDate.of(2026, 3, 10), instructionDue)))
			.as("never after the deadline the issuer set")
			.containsExactly(LocalDate.of(2026, 3, 10));
		assertThat(dues(defaultOf(TaskSource.DEPUTY_PROPOSAL, issued, deadline, instructionDue)))
			.containsExactly(deadline);
	}

	/**
	 * 「在会议结束后一个月内…汇总报送」: a meeting decision's first report is due one calendar month
	 * after the meeting, whenever the task is issued.
	 */
	@Test
	void aMeetingDecisionReportsOneMonthAfterTheMeetingNotAfterTheIssue() {
		LocalDate meeting = LocalDate.of(2026, 1, 31);
		LocalDate issued = LocalDate.of(2026, 2, 10);
		TaskContent content = new TaskContent("常务会议议定事项", null, TaskSource.MEETING_DECISION, TaskType.ROUTINE, null,
				LocalDate.of(2026, 6, 30))
			.heldOn(meeting);
		ReportingRule rule = DefaultSchedules.forContent(content, issued, issued);
		assertThat(rule).isEqualTo(new ReportingRule.PeriodAfter(meeting, Period.ofMonths(1)));
		assertThat(dues(rule)).containsExactly(LocalDate.of(2026, 2, 28));
	}

	@Test
	void aRuleSurvivesItsJsonForm() {
		for (ReportingRule rule : List.of(new ReportingRule.Quarterly(2026, 5),
				new ReportingRule.Monthly(YearMonth.of(2026, 4), YearMonth.of(2026, 12), 3),
				new ReportingRule.PeriodAfter(LocalDate.of(2026, 3, 2), Period.ofMonths(1)),
				new ReportingRule.Milestones(List.of(new ReportingRule.Milestone(LocalDate.of(2026, 6, 30), "开工"))))) {
			assertThat(ReportingRules.fromJson(ReportingRules.toJson(rule))).isEqualTo(rule);
		}
	}

	@Test
	void refusesRulesThatMakeNoSense() {
		assertThatThrownBy(() -> new ReportingRule.Quarterly(2026, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportingRule.Monthly(YearMonth.of(2026, 12), YearMonth.of(2026, 4), 3))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportingRule.PeriodAfter(LocalDate.of(2026, 1, 1), Period.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportingRule.Milestones(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
