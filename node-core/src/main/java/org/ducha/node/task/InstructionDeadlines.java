package org.ducha.node.task;

import java.time.LocalDate;

import org.ducha.node.calendar.WorkingCalendar;

import org.springframework.stereotype.Component;

/**
 * The date a leader instruction is due by its urgency: the configured number of working
 * days strictly after the day of issue, on the node's calendar.
 */
@Component
public class InstructionDeadlines {

	private final InstructionDays days;

	private final WorkingCalendar calendar;

	InstructionDeadlines(InstructionDays days, WorkingCalendar calendar) {
		this.days = days;
		this.calendar = calendar;
	}

	/** The configured working days of each urgency. */
	public InstructionDays days() {
		return this.days;
	}

	/** The due date of an instruction of this urgency issued on a day. */
	public LocalDate due(LocalDate issued, Urgency urgency) {
		return this.calendar.addWorkingDays(issued, this.days.of(urgency)).date();
	}

}
