package org.ducha.node.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.task.Light;

/**
 * How a light is decided (docs/business-rules.md §7): RED when a report or the deadline
 * is overdue; YELLOW when a due date or the deadline is within a few working days, or
 * progress lags the time elapsed; GREEN otherwise. Pure, so it can be checked day by day.
 *
 * @param yellowWorkingDays a due date this many working days away (or fewer) turns YELLOW
 * @param lagMargin YELLOW when progress trails the share of time elapsed by more than
 * this
 */
public record LightRules(int yellowWorkingDays, double lagMargin) {

	/**
	 * A light and why.
	 *
	 * @param light the light
	 * @param reason why, for people
	 */
	public record Evaluation(Light light, String reason) {
	}

	/**
	 * Evaluates one assignment.
	 * @param completed whether the assignment is completed (its light is then GREEN)
	 */
	public Evaluation evaluate(LocalDate today, CalendarData calendar, boolean completed, int percent, LocalDate issued,
			LocalDate deadline, List<ReportSlot> slots) {
		if (completed) {
			return new Evaluation(Light.GREEN, "已办结");
		}
		for (ReportSlot slot : slots) {
			if (!slot.isFilled() && slot.due().isBefore(today)) {
				return new Evaluation(Light.RED, slot.label() + "报告已逾期（应于" + slot.due() + "前报送）");
			}
		}
		if (deadline.isBefore(today)) {
			return new Evaluation(Light.RED, "已超过办结时限" + deadline);
		}
		for (ReportSlot slot : slots) {
			if (!slot.isFilled() && isNear(today, slot.due(), calendar)) {
				return new Evaluation(Light.YELLOW, slot.label() + "报告将于" + slot.due() + "到期");
			}
		}
		if (isNear(today, deadline, calendar)) {
			return new Evaluation(Light.YELLOW, "办结时限" + deadline + "临近");
		}
		long total = ChronoUnit.DAYS.between(issued, deadline);
		if (total > 0) {
			double elapsed = (double) ChronoUnit.DAYS.between(issued, today) / total;
			if (percent / 100.0 + this.lagMargin < elapsed) {
				return new Evaluation(Light.YELLOW, "进度" + percent + "%落后于时间进度" + Math.round(elapsed * 100) + "%");
			}
		}
		return new Evaluation(Light.GREEN, "正常推进");
	}

	/**
	 * Evaluates a co-unit's assignment (docs/business-rules.md §6.8): by its contribution
	 * slots only, since the lead unit answers for the deadline and the progress.
	 * @param ended whether its task is closed (the co-unit's part ends with the lead's)
	 */
	public Evaluation evaluateContribution(LocalDate today, CalendarData calendar, boolean ended,
			List<ReportSlot> slots) {
		if (ended) {
			return new Evaluation(Light.GREEN, "已随主办单位办结");
		}
		for (ReportSlot slot : slots) {
			if (!slot.isFilled() && slot.due().isBefore(today)) {
				return new Evaluation(Light.RED, slot.label() + "协办材料已逾期（应于" + slot.due() + "前提供主办单位）");
			}
		}
		for (ReportSlot slot : slots) {
			if (!slot.isFilled() && isNear(today, slot.due(), calendar)) {
				return new Evaluation(Light.YELLOW, slot.label() + "协办材料将于" + slot.due() + "到期");
			}
		}
		return new Evaluation(Light.GREEN, "正常推进");
	}

	/** Whether a date is today or within the threshold of working days. */
	private boolean isNear(LocalDate today, LocalDate date, CalendarData calendar) {
		if (date.isBefore(today)) {
			return false;
		}
		return date.equals(today) || calendar.workingDaysBetween(today, date) <= this.yellowWorkingDays;
	}

}
