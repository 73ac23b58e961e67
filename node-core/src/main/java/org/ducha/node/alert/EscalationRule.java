package org.ducha.node.alert;

import java.time.LocalDate;

import org.ducha.node.calendar.CalendarData;

/**
 * When an unsigned alert escalates (docs/business-rules.md §9.2): it is to be signed for
 * within N working days after the day it was raised, so it escalates on the first day
 * after the N-th working day strictly after that day. Pure, so it can be checked day by
 * day.
 *
 * @param workingDays N
 */
public record EscalationRule(int workingDays) {

	/** The last day on which signing is still in time. */
	public LocalDate signBy(LocalDate raisedOn, CalendarData calendar) {
		return calendar.addWorkingDays(raisedOn, this.workingDays).date();
	}

	/** Whether an alert raised on a day and still unsigned escalates today. */
	public boolean escalates(LocalDate raisedOn, LocalDate today, CalendarData calendar) {
		return today.isAfter(signBy(raisedOn, calendar));
	}

}
