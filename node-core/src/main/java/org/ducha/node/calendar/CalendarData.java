package org.ducha.node.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable view of the calendar: the listed days of every notice and the years the
 * notices cover. Pure: no database, no Spring; every rule of docs/business-rules.md §4
 * lives here.
 */
public final class CalendarData {

	/** The most working days one computation may add (about eight years). */
	public static final int MAX_WORKING_DAYS = 2000;

	private final Map<LocalDate, NoticeDay> listed;

	private final Set<Integer> years;

	private final long version;

	public CalendarData(List<Notice> notices) {
		Map<LocalDate, NoticeDay> days = new HashMap<>();
		Set<Integer> noticeYears = new TreeSet<>();
		long latest = 0;
		for (Notice notice : notices) {
			noticeYears.add(notice.year());
			latest = Math.max(latest, notice.version());
			notice.days().forEach((day) -> days.put(day.date(), day));
		}
		this.listed = Map.copyOf(days);
		this.years = Set.copyOf(noticeYears);
		this.version = latest;
	}

	/** The highest version among the notices. */
	public long version() {
		return this.version;
	}

	public Set<Integer> years() {
		return this.years;
	}

	public CalendarDay day(LocalDate date) {
		NoticeDay listing = this.listed.get(date);
		if (listing != null) {
			return new CalendarDay(date, !listing.offDay(), listing.name(), true);
		}
		return new CalendarDay(date, isWeekday(date), null, this.years.contains(date.getYear()));
	}

	public boolean isWorkingDay(LocalDate date) {
		return day(date).workingDay();
	}

	/**
	 * The N-th working day strictly after {@code from} ("within N working days after").
	 */
	public CalendarResult addWorkingDays(LocalDate from, int days) {
		requireCount(days, "days");
		return scan(from, days);
	}

	/**
	 * The N-th working day strictly before {@code from} (a co-unit's contribution is due
	 * this many working days before the lead unit's report).
	 */
	public CalendarResult subtractWorkingDays(LocalDate from, int days) {
		requireCount(days, "days");
		LocalDate date = from;
		boolean covered = true;
		int found = 0;
		while (found < days) {
			date = date.minusDays(1);
			CalendarDay day = day(date);
			covered &= day.covered();
			if (day.workingDay()) {
				found++;
			}
		}
		return new CalendarResult(date, covered);
	}

	/**
	 * The N-th working day on or after the 1st of the month ("within the first N working
	 * days").
	 */
	public CalendarResult nthWorkingDay(int year, int month, int n) {
		requireCount(n, "n");
		return scan(LocalDate.of(year, month, 1).minusDays(1), n);
	}

	/** The N-th working day after {@code start}; covered when every day looked at is. */
	private CalendarResult scan(LocalDate start, int n) {
		LocalDate date = start;
		boolean covered = true;
		int found = 0;
		while (found < n) {
			date = date.plusDays(1);
			CalendarDay day = day(date);
			covered &= day.covered();
			if (day.workingDay()) {
				found++;
			}
		}
		return new CalendarResult(date, covered);
	}

	/** Working days strictly after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	private static void requireCount(int count, String name) {
		if (count < 1 || count > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException(name + " must lie between 1 and " + MAX_WORKING_DAYS + ", got " + count);
		}
	}

	private static boolean isWeekday(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
