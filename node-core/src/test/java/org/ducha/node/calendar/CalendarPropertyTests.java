package org.ducha.node.calendar;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded property loops (docs/conventions.md §2.2: plain JUnit, a
 * {@code SplittableRandom} per seed, the failing seed in the message), thousands of
 * random dates each.
 */
class CalendarPropertyTests {

	private static final CalendarData CALENDAR = CalendarDataTests.BUNDLED;

	private static final int SEEDS = 20;

	private static final int DRAWS = 250;

	private static LocalDate randomDate(SplittableRandom random) {
		return LocalDate.of(2006, 1, 1).plusDays(random.nextInt(365 * 23));
	}

	@Test
	void addingWorkingDaysIsMonotonicAndLandsOnAWorkingDay() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			SplittableRandom random = new SplittableRandom(seed);
			for (int draw = 0; draw < DRAWS; draw++) {
				LocalDate from = randomDate(random);
				int days = 1 + random.nextInt(60);
				LocalDate result = CALENDAR.addWorkingDays(from, days).date();
				LocalDate more = CALENDAR.addWorkingDays(from, days + 1).date();
				LocalDate later = CALENDAR.addWorkingDays(from.plusDays(1 + random.nextInt(10)), days).date();
				String context = "seed " + seed + ": " + days + " working days after " + from;
				assertThat(result).as(context).isAfter(from);
				assertThat(CALENDAR.isWorkingDay(result)).as(context + " lands on a working day").isTrue();
				assertThat(more).as(context + ": one more day comes later").isAfter(result);
				assertThat(later).as(context + ": starting later never ends earlier").isAfterOrEqualTo(result);
				assertThat(CALENDAR.workingDaysBetween(from, result)).as(context + ": counts exactly").isEqualTo(days);
			}
		}
	}

	@Test
	void theNthWorkingDayOfAMonthIsAWorkingDayInThatMonthOrAfter() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			SplittableRandom random = new SplittableRandom(seed);
			for (int draw = 0; draw < DRAWS; draw++) {
				LocalDate month = randomDate(random).withDayOfMonth(1);
				int n = 1 + random.nextInt(30);
				LocalDate result = CALENDAR.nthWorkingDay(month.getYear(), month.getMonthValue(), n).date();
				String context = "seed " + seed + ": working day " + n + " of " + month.getYear() + "-"
						+ month.getMonthValue();
				assertThat(result).as(context).isAfterOrEqualTo(month);
				assertThat(CALENDAR.isWorkingDay(result)).as(context + " is a working day").isTrue();
				assertThat(CALENDAR.workingDaysBetween(month.minusDays(1), result)).as(context + ": counts exactly")
					.isEqualTo(n);
				if (n > 1) {
					assertThat(CALENDAR.nthWorkingDay(month.getYear(), month.getMonthValue(), n - 1).date())
						.as(context + ": the one before comes earlier")
						.isBefore(result);
				}
			}
		}
	}

	@Test
	void everyDayIsAWorkingDayExactlyWhenTheRulesSaySo() {
		for (long seed = 1; seed <= SEEDS; seed++) {
			SplittableRandom random = new SplittableRandom(seed);
			for (int draw = 0; draw < DRAWS; draw++) {
				LocalDate date = randomDate(random);
				CalendarDay day = CALENDAR.day(date);
				boolean weekend = date.getDayOfWeek().getValue() >= 6;
				String context = "seed " + seed + ": " + date;
				if (day.name() == null) {
					assertThat(day.workingDay()).as(context + " unlisted follows the ordinary week")
						.isEqualTo(!weekend);
				}
				assertThat(day.covered()).as(context + " coverage")
					.isEqualTo(day.name() != null || CALENDAR.years().contains(date.getYear()));
			}
		}
	}

}
