package org.ducha.node.accountability;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.schedule.ReportSlot;

/**
 * When the ladder proposes a step (docs/business-rules.md §17): pure, so that each rule
 * can be checked on its own.
 *
 * @param redWorkingDays red for this many working days proposes a notice
 * @param lagPoints progress trailing time by more than this many points proposes a notice
 * @param interviewWindow the period within which interviews of one person count together
 * @param interviewsForCriticism how many interviews within the window propose criticism
 */
public record LadderRules(int redWorkingDays, int lagPoints, Period interviewWindow, int interviewsForCriticism) {

	private static final Comparator<LadderStep> CHRONOLOGICAL = Comparator.comparing(LadderStep::issuedOn)
		.thenComparing(LadderStep::id);

	/**
	 * Why an assignment is seriously behind.
	 *
	 * @param redWorkingDays working days it has been red (overdue)
	 * @param lagPoints points its progress trails the time elapsed
	 * @param reason the finding in words
	 */
	public record Finding(int redWorkingDays, int lagPoints, String reason) {
	}

	/**
	 * Whether an open assignment is seriously behind (进度严重滞后): red — a report or its
	 * deadline overdue — for {@code redWorkingDays} working days, or its progress
	 * trailing the share of time elapsed by more than {@code lagPoints} points.
	 * @param issued the day its task was issued
	 * @param deadline its deadline in force
	 * @param percent its latest progress
	 * @param slots its report slots
	 */
	public Optional<Finding> behind(LocalDate today, CalendarData calendar, LocalDate issued, LocalDate deadline,
			int percent, List<ReportSlot> slots) {
		LocalDate overdueSince = null;
		String what = null;
		for (ReportSlot slot : slots) {
			if (!slot.isFilled() && slot.due().isBefore(today)
					&& (overdueSince == null || slot.due().isBefore(overdueSince))) {
				overdueSince = slot.due();
				what = slot.label() + "报告应于" + slot.due() + "报送";
			}
		}
		if (deadline.isBefore(today) && (overdueSince == null || deadline.isBefore(overdueSince))) {
			overdueSince = deadline;
			what = "办结时限" + deadline;
		}
		int red = (overdueSince != null) ? calendar.workingDaysBetween(overdueSince, today) : 0;
		long total = ChronoUnit.DAYS.between(issued, deadline);
		int elapsed = (total > 0)
				? (int) Math.round(100.0 * Math.min(total, ChronoUnit.DAYS.between(issued, today)) / total) : 100;
		int lag = elapsed - percent;
		if (overdueSince != null && red >= this.redWorkingDays) {
			return Optional.of(new Finding(red, lag, "红灯已持续" + red + "个工作日（" + what + "）"));
		}
		if (lag > this.lagPoints) {
			return Optional.of(new Finding(red, lag, "进度" + percent + "%落后于时间进度" + elapsed + "%，相差" + lag + "个百分点"));
		}
		return Optional.empty();
	}

	/**
	 * The interviews of one person that make an interview cross the threshold: those
	 * within the window up to it (itself included, an earlier one on the same day first
	 * by id), when there are enough; empty otherwise. Only interviews up to the given one
	 * count, so that of two interviews only the later proposes, wherever each was
	 * recorded.
	 * @param interview an interview
	 * @param known the interviews of its person known here
	 */
	public List<LadderStep> criticismBasis(LadderStep interview, Collection<LadderStep> known) {
		if (interview.kind() != StepKind.INTERVIEW || interview.personId() == null) {
			return List.of();
		}
		LocalDate from = interview.issuedOn().minus(this.interviewWindow);
		Map<String, LadderStep> byId = new LinkedHashMap<>();
		known.forEach((step) -> byId.put(step.id(), step));
		byId.put(interview.id(), interview);
		List<LadderStep> counted = byId.values()
			.stream()
			.filter((step) -> step.kind() == StepKind.INTERVIEW && interview.personId().equals(step.personId()))
			.filter((step) -> !step.issuedOn().isBefore(from) && CHRONOLOGICAL.compare(step, interview) <= 0)
			.sorted(CHRONOLOGICAL)
			.toList();
		return (counted.size() >= this.interviewsForCriticism) ? counted : List.of();
	}

	/**
	 * Whether a unit's year earns commendation (表扬激励): every report due that year came on
	 * time, every deadline that fell in it was met, at least one of each, and nothing
	 * held the unit to account.
	 */
	public boolean outstanding(YearRecord record) {
		return record.reportsDue() > 0 && record.reportsOnTime() == record.reportsDue() && record.deadlines() > 0
				&& record.completedInTime() == record.deadlines() && record.punitiveSteps() == 0;
	}

}
