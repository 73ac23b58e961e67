package org.ducha.node.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar rules of docs/business-rules.md §4 on the bundled notices.
 */
class CalendarDataTests {

	static final CalendarData BUNDLED = CalendarTestData.bundled();

	@Test
	void bundlesEveryNoticeFrom2007To2026() {
		assertThat(BUNDLED.years()).hasSize(20).contains(2007, 2026);
		assertThat(BUNDLED.version()).isZero();
	}

	@Test
	void theThirdQuarterReportOf2024IsDueOnAMakeUpSaturday() {
		assertThat(BUNDLED.addWorkingDays(LocalDate.of(2024, 9, 30), 5))
			.isEqualTo(new CalendarResult(LocalDate.of(2024, 10, 12), true));
		assertThat(BUNDLED.day(LocalDate.of(2024, 10, 12)))
			.isEqualTo(new CalendarDay(LocalDate.of(2024, 10, 12), true, "国庆节", true));
	}

	@Test
	void theThirdQuarterReportOf2020IsDueOnTheFourteenthOfOctober() {
		assertThat(BUNDLED.addWorkingDays(LocalDate.of(2020, 9, 30), 5).date()).isEqualTo(LocalDate.of(2020, 10, 14));
	}

	@Test
	void theMay2020MonthlyReportIsDueOnTheEighth() {
		assertThat(BUNDLED.nthWorkingDay(2020, 5, 3).date()).isEqualTo(LocalDate.of(2020, 5, 8));
	}

	@Test
	void anOrdinaryDayHasNoNameAndWeekendsAreOff() {
		assertThat(BUNDLED.day(LocalDate.of(2024, 3, 13)))
			.isEqualTo(new CalendarDay(LocalDate.of(2024, 3, 13), true, null, true));
		assertThat(BUNDLED.day(LocalDate.of(2024, 3, 16)).workingDay()).isFalse();
		assertThat(BUNDLED.day(LocalDate.of(2024, 10, 1)))
			.isEqualTo(new CalendarDay(LocalDate.of(2024, 10, 1), false, "国庆节", true));
	}

	@Test
	void aDateNoNoticeCoversFallsBackToTheOrdinaryWeekAndSaysSo() {
		assertThat(BUNDLED.day(LocalDate.of(2027, 10, 1)))
			.isEqualTo(new CalendarDay(LocalDate.of(2027, 10, 1), true, null, false));
		assertThat(BUNDLED.addWorkingDays(LocalDate.of(2026, 12, 30), 3).covered()).isFalse();
		assertThat(BUNDLED.addWorkingDays(LocalDate.of(2026, 12, 1), 3).covered()).isTrue();
	}

	@Test
	void aNoticeChangedDuringTheYearChangesTheAnswers() {
		// the 2020 notice before 2020-01-27 ended the Spring Festival on the 30th, with a
		// make-up day on 1 February
		List<Notice> before = new ArrayList<>(BundledNotices.load("440000"));
		before.removeIf((notice) -> notice.year() == 2020);
		before.add(new Notice(2020, 0, List.of(day("2020-01-01", true), day("2020-01-19", false),
				day("2020-01-24", true), day("2020-01-25", true), day("2020-01-26", true), day("2020-01-27", true),
				day("2020-01-28", true), day("2020-01-29", true), day("2020-01-30", true), day("2020-02-01", false)),
				"original", "bundled", Instant.EPOCH, "440000"));
		CalendarData original = new CalendarData(before);
		assertThat(original.addWorkingDays(LocalDate.of(2020, 1, 23), 1).date()).isEqualTo(LocalDate.of(2020, 1, 31));
		assertThat(BUNDLED.addWorkingDays(LocalDate.of(2020, 1, 23), 1).date()).as("after the extension")
			.isEqualTo(LocalDate.of(2020, 2, 3));
	}

	@Test
	void refusesToCountZeroOrNegativeDays() {
		assertThatThrownBy(() -> BUNDLED.addWorkingDays(LocalDate.of(2024, 1, 1), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BUNDLED.nthWorkingDay(2024, 1, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	private static NoticeDay day(String date, boolean off) {
		return new NoticeDay(LocalDate.parse(date), "春节", off);
	}

	@Test
	void workingDaysBeforeADateSkipTheHolidayAndCountAMakeUpDay() {
		assertThat(BUNDLED.subtractWorkingDays(LocalDate.of(2024, 10, 8), 3))
			.as("Mon 30 Sep, Sun 29 Sep (make-up), Fri 27 Sep")
			.isEqualTo(new CalendarResult(LocalDate.of(2024, 9, 27), true));
		assertThat(BUNDLED.subtractWorkingDays(LocalDate.of(2024, 10, 12), 1).date())
			.isEqualTo(LocalDate.of(2024, 10, 11));
	}

}
