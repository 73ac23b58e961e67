package org.ducha.node.alert;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarTestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an unsigned alert escalates (docs/business-rules.md §9.2), on the bundled
 * working-day calendar: after N working days, holidays and weekends not counted, make-up
 * days counted.
 */
class EscalationRuleTests {

	private static final CalendarData CALENDAR = CalendarTestData.bundled();

	private final EscalationRule rule = new EscalationRule(2);

	private boolean escalates(String raisedOn, String today) {
		return this.rule.escalates(LocalDate.parse(raisedOn), LocalDate.parse(today), CALENDAR);
	}

	@Test
	void anAlertRaisedOnMondayMayBeSignedUntilWednesdayAndEscalatesOnThursday() {
		assertThat(this.rule.signBy(LocalDate.parse("2024-03-04"), CALENDAR)).isEqualTo("2024-03-06");
		assertThat(escalates("2024-03-04", "2024-03-05")).isFalse();
		assertThat(escalates("2024-03-04", "2024-03-06")).isFalse();
		assertThat(escalates("2024-03-04", "2024-03-07")).isTrue();
	}

	@Test
	void theWeekendDoesNotCount() {
		// Thursday 2024-03-07: Friday and Monday are the two working days
		assertThat(this.rule.signBy(LocalDate.parse("2024-03-07"), CALENDAR)).isEqualTo("2024-03-11");
		assertThat(escalates("2024-03-07", "2024-03-10")).isFalse();
		assertThat(escalates("2024-03-07", "2024-03-12")).isTrue();
	}

	@Test
	void theNationalDayHolidayDoesNotCountItsMakeUpSaturdayDoes() {
		// raised Monday 2024-09-30; 1–7 October are off; Tuesday 8 and Wednesday 9 count
		assertThat(this.rule.signBy(LocalDate.parse("2024-09-30"), CALENDAR)).isEqualTo("2024-10-09");
		assertThat(escalates("2024-09-30", "2024-10-07")).as("a week later, but within the holiday").isFalse();
		assertThat(escalates("2024-09-30", "2024-10-09")).isFalse();
		assertThat(escalates("2024-09-30", "2024-10-10")).isTrue();
		// raised Friday 2024-10-11: the make-up Saturday 12 October counts, Sunday does
		// not
		assertThat(this.rule.signBy(LocalDate.parse("2024-10-11"), CALENDAR)).isEqualTo("2024-10-14");
		assertThat(escalates("2024-10-11", "2024-10-14")).isFalse();
		assertThat(escalates("2024-10-11", "2024-10-15")).isTrue();
	}

	@Test
	void aLongerLimitWaitsLonger() {
		EscalationRule five = new EscalationRule(5);
		assertThat(five.escalates(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-11"), CALENDAR)).isFalse();
		assertThat(five.escalates(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-12"), CALENDAR)).isTrue();
	}

}
