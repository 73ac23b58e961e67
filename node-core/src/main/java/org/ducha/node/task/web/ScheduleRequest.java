package org.ducha.node.task.web;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.ReportingRule;

/**
 * A reporting rule as the issuer enters it; absent, the default of the task's source
 * applies.
 *
 * @param type QUARTERLY, MONTHLY, PERIOD_AFTER or MILESTONES
 * @param year QUARTERLY: the year whose quarters are reported on
 * @param workingDays QUARTERLY: due on this working day after the quarter ends
 * @param from MONTHLY: first month (yyyy-MM)
 * @param to MONTHLY: last month (yyyy-MM)
 * @param nthWorkingDay MONTHLY: due on this working day of the month
 * @param event PERIOD_AFTER: the event's date
 * @param period PERIOD_AFTER: ISO-8601 period such as P1M
 * @param milestones MILESTONES: due dates with labels
 */
record ScheduleRequest(@NotNull Type type, Integer year, Integer workingDays, String from, String to,
		Integer nthWorkingDay, LocalDate event, String period, @Size(max = 100) List<MilestoneRequest> milestones) {

	enum Type {

		QUARTERLY, MONTHLY, PERIOD_AFTER, MILESTONES

	}

	/**
	 * A milestone.
	 *
	 * @param due due date
	 * @param label what is due
	 */
	record MilestoneRequest(LocalDate due, String label) {
	}

	ReportingRule toRule() {
		try {
			return switch (this.type) {
				case QUARTERLY ->
					new ReportingRule.Quarterly(require(this.year, "year"), require(this.workingDays, "workingDays"));
				case MONTHLY -> new ReportingRule.Monthly(YearMonth.parse(require(this.from, "from")),
						YearMonth.parse(require(this.to, "to")), require(this.nthWorkingDay, "nthWorkingDay"));
				case PERIOD_AFTER -> new ReportingRule.PeriodAfter(require(this.event, "event"),
						Period.parse(require(this.period, "period")));
				case MILESTONES -> new ReportingRule.Milestones(require(this.milestones, "milestones").stream()
					.map((m) -> new ReportingRule.Milestone(m.due(), m.label()))
					.toList());
			};
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("schedule: " + ex.getParsedString() + " is not a valid month or period");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("schedule: " + ex.getMessage());
		}
	}

	private static <T> T require(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required for this type of schedule");
		}
		return value;
	}

}
