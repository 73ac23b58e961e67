package org.ducha.node.calendar;

import java.time.LocalDate;

/**
 * A date computed on the calendar.
 *
 * @param date the result
 * @param covered whether every day the computation looked at is covered by a notice
 */
public record CalendarResult(LocalDate date, boolean covered) {
}
