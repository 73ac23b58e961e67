package org.ducha.node.calendar;

import java.time.LocalDate;

/**
 * A day a holiday notice lists.
 *
 * @param date the day
 * @param name the holiday it belongs to (春节, 国庆节…)
 * @param offDay true for a holiday, false for a make-up working day (调休上班)
 */
public record NoticeDay(LocalDate date, String name, boolean offDay) {
}
