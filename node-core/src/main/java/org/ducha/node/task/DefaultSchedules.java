package org.ducha.node.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

/**
 * The seed's default reporting rule of each task source (三(一), docs/business-rules.md
 * §3.2); the issuer may set another.
 */
public final class DefaultSchedules {

	private DefaultSchedules() {
	}

	/**
	 * The default rule for a task issued on a day.
	 * @param content what the task says: its source, deadline and meeting date
	 * @param issued the issue date
	 * @param instructionDue for a leader instruction, the date its urgency sets (see
	 * {@link InstructionDeadlines}); ignored otherwise
	 */
	public static ReportingRule forContent(TaskContent content, LocalDate issued, LocalDate instructionDue) {
		LocalDate deadline = content.deadline();
		return switch (content.source()) {
			case ANNUAL_KEY_WORK -> new ReportingRule.Quarterly(issued.getYear(), 5);
			case LIVELIHOOD_PROJECT -> livelihood(issued);
			// within one calendar month after the meeting (在会议结束后一个月内), not after issue
			case MEETING_DECISION -> new ReportingRule.PeriodAfter(
					(content.meetingDate() != null) ? content.meetingDate() : issued, Period.ofMonths(1));
			case LEADER_INSTRUCTION -> new ReportingRule.Milestones(List.of(new ReportingRule.Milestone(
					(deadline != null && deadline.isBefore(instructionDue)) ? deadline : instructionDue,
					"按批示要求报告办理情况")));
			default -> new ReportingRule.Milestones(List.of(new ReportingRule.Milestone(deadline, "完成时限")));
		};
	}

	/**
	 * Monthly on the 3rd working day, April through December (the rest of the year when
	 * issued later).
	 */
	private static ReportingRule livelihood(LocalDate issued) {
		YearMonth april = YearMonth.of(issued.getYear(), 4);
		YearMonth next = YearMonth.from(issued).plusMonths(1);
		YearMonth december = YearMonth.of(issued.getYear(), 12);
		YearMonth from = next.isAfter(april) ? next : april;
		if (from.isAfter(december)) {
			from = december.plusMonths(4);
			december = december.plusMonths(12);
		}
		return new ReportingRule.Monthly(from, december, 3);
	}

}
