package org.ducha.node.task.federation;

import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.ReportingRule;
import org.ducha.proto.federation.v1.Milestone;
import org.ducha.proto.federation.v1.MilestoneSchedule;
import org.ducha.proto.federation.v1.MonthlySchedule;
import org.ducha.proto.federation.v1.PeriodAfterSchedule;
import org.ducha.proto.federation.v1.QuarterlySchedule;
import org.ducha.proto.federation.v1.ReportingSchedule;

/**
 * Reporting rules on the wire.
 */
final class ScheduleWire {

	private ScheduleWire() {
	}

	static ReportingSchedule toWire(ReportingRule rule) {
		ReportingSchedule.Builder schedule = ReportingSchedule.newBuilder();
		if (rule instanceof ReportingRule.Quarterly quarterly) {
			schedule.setQuarterly(
					QuarterlySchedule.newBuilder().setYear(quarterly.year()).setWorkingDays(quarterly.workingDays()));
		}
		else if (rule instanceof ReportingRule.Monthly monthly) {
			schedule.setMonthly(MonthlySchedule.newBuilder()
				.setFromMonth(monthly.from().toString())
				.setToMonth(monthly.to().toString())
				.setNthWorkingDay(monthly.nthWorkingDay()));
		}
		else if (rule instanceof ReportingRule.PeriodAfter after) {
			schedule.setPeriodAfter(PeriodAfterSchedule.newBuilder()
				.setEventDate(after.event().toString())
				.setPeriod(after.period().toString()));
		}
		else {
			MilestoneSchedule.Builder list = MilestoneSchedule.newBuilder();
			((ReportingRule.Milestones) rule).milestones()
				.forEach((m) -> list
					.addMilestones(Milestone.newBuilder().setDueDate(m.due().toString()).setLabel(m.label())));
			schedule.setMilestones(list);
		}
		return schedule.build();
	}

	static ReportingRule fromWire(ReportingSchedule schedule) {
		try {
			return switch (schedule.getRuleCase()) {
				case QUARTERLY -> new ReportingRule.Quarterly(schedule.getQuarterly().getYear(),
						schedule.getQuarterly().getWorkingDays());
				case MONTHLY -> new ReportingRule.Monthly(YearMonth.parse(schedule.getMonthly().getFromMonth()),
						YearMonth.parse(schedule.getMonthly().getToMonth()), schedule.getMonthly().getNthWorkingDay());
				case PERIOD_AFTER -> new ReportingRule.PeriodAfter(Wire.date(schedule.getPeriodAfter().getEventDate()),
						Period.parse(schedule.getPeriodAfter().getPeriod()));
				case MILESTONES -> {
					List<ReportingRule.Milestone> milestones = new ArrayList<>();
					for (Milestone milestone : schedule.getMilestones().getMilestonesList()) {
						milestones
							.add(new ReportingRule.Milestone(Wire.date(milestone.getDueDate()), milestone.getLabel()));
					}
					yield new ReportingRule.Milestones(milestones);
				}
				default -> throw new MalformedEventException("a task without a reporting schedule");
			};
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new MalformedEventException("an unreadable reporting schedule: " + ex.getMessage());
		}
	}

}
