package org.ducha.node.calendar;

import java.time.LocalDate;

/**
 * What the calendar says of one day.
 *
 * @param date the day
 * @param workingDay whether people work that day
 * @param name the holiday's name when a notice lists the day, null on an ordinary day
 * @param covered whether a notice covers the day; if not, only the ordinary week applies
 */
public record CalendarDay(LocalDate date, boolean workingDay, String name, boolean covered) {
}
