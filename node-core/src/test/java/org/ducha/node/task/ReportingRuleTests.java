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

	@Test
	void eachSourceHasTheSeedsDefault() {
		LocalDate issued = LocalDate.of(2026, 3, 2);
		LocalDate deadline = LocalDate.of(2026, 12, 31);
		assertThat(DefaultSchedules.forSource(TaskSource.ANNUAL_KEY_WORK, issued, deadline))
			.isEqualTo(new ReportingRule.Quarterly(2026, 5));
		assertThat(DefaultSchedules.forSource(TaskSource.LIVELIHOOD_PROJECT, issued, deadline))
			.isEqualTo(new ReportingRule.Monthly(YearMonth.of(2026, 4), YearMonth.of(2026, 12), 3));
		assertThat(DefaultSchedules.forSource(TaskSource.MEETING_DECISION, issued, deadline))
			.isEqualTo(new ReportingRule.PeriodAfter(issued, Period.ofMonths(1)));
		assertThat(dues(DefaultSchedules.forSource(TaskSource.LEADER_INSTRUCTION, issued, deadline)))
			.containsExactly(issued.plusDays(15));
		assertThat(dues(DefaultSchedules.forSource(TaskSource.DEPUTY_PROPOSAL, issued, deadline)))
			.containsExactly(deadline);
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
