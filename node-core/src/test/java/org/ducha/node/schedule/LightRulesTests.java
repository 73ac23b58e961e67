package org.ducha.node.schedule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarTestData;
import org.ducha.node.task.Light;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GREEN, YELLOW and RED by docs/business-rules.md §7, with working days counted on the
 * calendar.
 */
class LightRulesTests {

	private static final CalendarData CALENDAR = CalendarTestData.bundled();

	private final LightRules rules = new LightRules(3, 0.25);

	private static ReportSlot open(String due) {
		return new ReportSlot("a", 1, "第三季度", LocalDate.parse(due).minusMonths(3), LocalDate.parse(due),
				LocalDate.parse(due), "", true, null, null, null, null);
	}

	private static ReportSlot filled(String due) {
		return new ReportSlot("a", 1, "第三季度", LocalDate.parse(due).minusMonths(3), LocalDate.parse(due),
				LocalDate.parse(due), "", true, "r", LocalDate.parse(due), true, null);
	}

	private LightRules.Evaluation on(String today, int percent, List<ReportSlot> slots) {
		return this.rules.evaluate(LocalDate.parse(today), CALENDAR, false, percent, LocalDate.parse("2024-03-01"),
				LocalDate.parse("2024-12-31"), slots);
	}

	@Test
	void anOverdueReportIsRed() {
		assertThat(on("2024-10-14", 80, List.of(open("2024-10-12"))).light()).isEqualTo(Light.RED);
	}

	@Test
	void aDueDateWithinThreeWorkingDaysIsYellowCountingMakeUpDays() {
		// Fri 27 Sep 2024 → Sun 29 Sep (make-up), Mon 30 Sep, Tue 8 Oct: three working
		// days
		assertThat(on("2024-09-27", 60, List.of(open("2024-10-08"))).light()).isEqualTo(Light.YELLOW);
		assertThat(on("2024-09-27", 60, List.of(open("2024-10-09"))).light()).isEqualTo(Light.GREEN);
	}

	@Test
	void progressLaggingTheTimeElapsedIsYellow() {
		LightRules.Evaluation lagging = on("2024-09-02", 20, List.of(open("2024-10-12")));
		assertThat(lagging.light()).isEqualTo(Light.YELLOW);
		assertThat(lagging.reason()).contains("进度20%");
		assertThat(on("2024-09-02", 60, List.of(open("2024-10-12"))).light()).isEqualTo(Light.GREEN);
	}

	@Test
	void aPassedDeadlineIsRedUnlessCompleted() {
		assertThat(on("2025-01-02", 100, List.of(filled("2024-10-12"))).light()).isEqualTo(Light.RED);
		assertThat(this.rules
			.evaluate(LocalDate.parse("2025-01-02"), CALENDAR, true, 100, LocalDate.parse("2024-03-01"),
					LocalDate.parse("2024-12-31"), List.of(open("2024-10-12")))
			.light()).isEqualTo(Light.GREEN);
	}

	@Test
	void aFilledSlotNoLongerCounts() {
		assertThat(on("2024-10-14", 80, List.of(filled("2024-10-12"))).light()).isEqualTo(Light.GREEN);
	}

	@Test
	void aCoUnitsLightFollowsItsContributionsNotTheDeadlineNorTheProgress() {
		LightRules.Evaluation late = this.rules.evaluateContribution(LocalDate.parse("2024-10-14"), CALENDAR, false,
				List.of(open("2024-10-09")));
		assertThat(late.light()).isEqualTo(Light.RED);
		assertThat(late.reason()).contains("协办材料已逾期");
		assertThat(this.rules
			.evaluateContribution(LocalDate.parse("2024-10-08"), CALENDAR, false, List.of(open("2024-10-09")))
			.light()).isEqualTo(Light.YELLOW);
		assertThat(this.rules
			.evaluateContribution(LocalDate.parse("2024-10-14"), CALENDAR, false, List.of(filled("2024-10-09")))
			.light()).as("no percentage lags: the lead answers for the progress and the deadline")
			.isEqualTo(Light.GREEN);
	}

	@Test
	void aCoUnitsPartEndsGreenWithItsTask() {
		assertThat(this.rules
			.evaluateContribution(LocalDate.parse("2024-10-14"), CALENDAR, true, List.of(open("2024-10-09")))
			.reason()).isEqualTo("已随主办单位办结");
	}

}
