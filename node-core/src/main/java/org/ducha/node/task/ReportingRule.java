package org.ducha.node.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarResult;

/**
 * When an assignment's reports are due. Each rule gives its due slots on a calendar; when
 * the calendar changes, the same rule gives the new dates.
 */
public sealed interface ReportingRule {

	/** The slots this rule gives on the calendar. */
	List<SlotSpec> slots(CalendarData calendar);

	/** The rule in words, for people. */
	String describe();

	/**
	 * A report every quarter of a year, due on the N-th working day after the quarter
	 * ends (annual key work: the 5th, from April through the following January).
	 *
	 * @param year the year whose quarters are reported on
	 * @param workingDays N
	 */
	record Quarterly(int year, int workingDays) implements ReportingRule {

		public Quarterly {
			requireBetween(workingDays, 1, 60, "workingDays");
			requireBetween(year, 2000, 2100, "year");
		}

		@Override
		public List<SlotSpec> slots(CalendarData calendar) {
			List<SlotSpec> slots = new ArrayList<>();
			for (int quarter = 1; quarter <= 4; quarter++) {
				LocalDate start = LocalDate.of(this.year, quarter * 3 - 2, 1);
				LocalDate end = start.plusMonths(3).minusDays(1);
				CalendarResult due = calendar.addWorkingDays(end, this.workingDays);
				// the quarter's report counts from its last month on
				slots.add(new SlotSpec(quarter, this.year + "年第" + quarter + "季度", end.withDayOfMonth(1), due.date(),
						"第" + this.workingDays + "个工作日 after " + end, due.covered()));
			}
			return slots;
		}

		@Override
		public String describe() {
			return this.year + "年每季度结束后第" + this.workingDays + "个工作日内报送";
		}

	}

	/**
	 * A report every month over a range, due on the N-th working day of the month
	 * (livelihood projects: the 3rd, April through December).
	 *
	 * @param from the first month reported in
	 * @param to the last month reported in
	 * @param nthWorkingDay N
	 */
	record Monthly(YearMonth from, YearMonth to, int nthWorkingDay) implements ReportingRule {

		public Monthly {
			requireBetween(nthWorkingDay, 1, 23, "nthWorkingDay");
			if (from == null || to == null || to.isBefore(from) || from.plusMonths(60).isBefore(to)) {
				throw new IllegalArgumentException("A monthly schedule runs over 1 to 60 months, from before to");
			}
		}

		@Override
		public List<SlotSpec> slots(CalendarData calendar) {
			List<SlotSpec> slots = new ArrayList<>();
			int ordinal = 0;
			for (YearMonth month = this.from; !month.isAfter(this.to); month = month.plusMonths(1)) {
				CalendarResult due = calendar.nthWorkingDay(month.getYear(), month.getMonthValue(), this.nthWorkingDay);
				// a month's report (on the month before) counts from the middle of the
				// month before
				slots.add(new SlotSpec(++ordinal, month.getYear() + "年" + month.getMonthValue() + "月",
						month.minusMonths(1).atDay(16), due.date(), "第" + this.nthWorkingDay + "个工作日 of " + month,
						due.covered()));
			}
			return slots;
		}

		@Override
		public String describe() {
			return this.from + "至" + this.to + "每月第" + this.nthWorkingDay + "个工作日内报送";
		}

	}

	/**
	 * One report within a calendar period after an event (meeting decisions: one month
	 * after the meeting).
	 *
	 * @param event the event's date
	 * @param period the period
	 */
	record PeriodAfter(LocalDate event, Period period) implements ReportingRule {

		public PeriodAfter {
			if (event == null || period == null || period.isNegative() || period.isZero()
					|| event.plus(period).isAfter(event.plusYears(5))) {
				throw new IllegalArgumentException("A period after an event is positive and at most five years");
			}
		}

		@Override
		public List<SlotSpec> slots(CalendarData calendar) {
			LocalDate due = this.event.plus(this.period);
			return List
				.of(new SlotSpec(1, "会议后" + this.period, this.event, due, this.period + " after " + this.event, true));
		}

		@Override
		public String describe() {
			return this.event + "后" + this.period + "内报告";
		}

	}

	/**
	 * Explicit milestones (时间节点), each with its due date.
	 *
	 * @param milestones the milestones in date order
	 */
	record Milestones(List<Milestone> milestones) implements ReportingRule {

		public Milestones {
			if (milestones == null || milestones.isEmpty() || milestones.size() > 100) {
				throw new IllegalArgumentException("A schedule of milestones has 1 to 100 milestones");
			}
			milestones = milestones.stream().sorted(java.util.Comparator.comparing(Milestone::due)).toList();
		}

		@Override
		public List<SlotSpec> slots(CalendarData calendar) {
			List<SlotSpec> slots = new ArrayList<>();
			LocalDate opens = LocalDate.MIN;
			int ordinal = 0;
			for (Milestone milestone : this.milestones) {
				slots.add(new SlotSpec(++ordinal, milestone.label(), opens, milestone.due(), "milestone", true));
				opens = milestone.due();
			}
			return slots;
		}

		@Override
		public String describe() {
			return this.milestones.size() + "个时间节点";
		}

	}

	/**
	 * A milestone.
	 *
	 * @param due its due date
	 * @param label what is due
	 */
	record Milestone(LocalDate due, String label) {

		public Milestone {
			if (due == null || label == null || label.isBlank() || label.length() > 200) {
				throw new IllegalArgumentException("A milestone needs its date and a label of at most 200 characters");
			}
		}

	}

	private static void requireBetween(int value, int min, int max, String name) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must lie between " + min + " and " + max + ", got " + value);
		}
	}

}
