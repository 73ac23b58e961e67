package org.ducha.node.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.schedule.ReportSlot;

/**
 * Which automatic reminders an open assignment is owed today (docs/business-rules.md §8).
 * Pure, so it can be checked day by day.
 * <ul>
 * <li>DUE_SOON once per open slot (and once for the deadline) when its due date is today
 * or at most {@code dueSoonWorkingDays} working days away;</li>
 * <li>OVERDUE once per open slot past its due date (and for a deadline passed), then
 * again every {@code overdueRepeatWorkingDays} working days: round k is owed once k ×
 * that many working days have passed since the due date;</li>
 * <li>CLAIM_OVERDUE, repeated the same way, while the assignment waits to be signed after
 * its signing limit (签收超时).</li>
 * </ul>
 * A co-unit is reminded of its contribution slots only: the lead answers for the
 * deadline. Each reminder has a key; a key already sent is never owed again, which makes
 * the job idempotent. A missed run sends only the round reached, not every round missed.
 *
 * @param dueSoonWorkingDays the threshold of DUE_SOON
 * @param overdueRepeatWorkingDays the period of OVERDUE repeats
 */
public record ReminderRules(int dueSoonWorkingDays, int overdueRepeatWorkingDays) {

	/**
	 * A reminder owed.
	 *
	 * @param key what makes it unique for its assignment
	 * @param kind DUE_SOON, OVERDUE or CLAIM_OVERDUE
	 * @param slotLabel the report it is about, or null for the deadline (or the signing
	 * limit)
	 * @param dueDate the due date
	 * @param workingDaysOverdue working days since the due date (0 unless overdue)
	 */
	public record Due(String key, ReminderKind kind, String slotLabel, LocalDate dueDate, int workingDaysOverdue) {

		public boolean isDeadline() {
			return this.slotLabel == null;
		}

	}

	/**
	 * The reminders an assignment is owed.
	 * @param deadline the task's deadline
	 * @param slots the assignment's due slots
	 * @param sentKeys keys already sent for this assignment
	 */
	public List<Due> owed(LocalDate today, CalendarData calendar, LocalDate deadline, List<ReportSlot> slots,
			Set<String> sentKeys) {
		return owed(today, calendar, deadline, null, slots, sentKeys);
	}

	/**
	 * The reminders an assignment is owed.
	 * @param deadline the deadline in force; null for a co-unit's assignment
	 * @param signBy the signing limit of an assignment still waiting to be signed; null
	 * once signed
	 * @param slots the assignment's due slots
	 * @param sentKeys keys already sent for this assignment
	 */
	public List<Due> owed(LocalDate today, CalendarData calendar, LocalDate deadline, LocalDate signBy,
			List<ReportSlot> slots, Set<String> sentKeys) {
		List<Due> owed = new ArrayList<>();
		if (signBy != null && signBy.isBefore(today)) {
			int late = calendar.workingDaysBetween(signBy, today);
			Due claim = new Due("sign/overdue/" + (late / this.overdueRepeatWorkingDays), ReminderKind.CLAIM_OVERDUE,
					null, signBy, late);
			if (!sentKeys.contains(claim.key())) {
				owed.add(claim);
			}
		}
		for (ReportSlot slot : slots) {
			if (!slot.isFilled()) {
				check("slot/" + slot.ordinal(), slot.label(), slot.due(), today, calendar, sentKeys, owed);
			}
		}
		if (deadline != null) {
			check("deadline", null, deadline, today, calendar, sentKeys, owed);
		}
		return owed;
	}

	private void check(String prefix, String label, LocalDate due, LocalDate today, CalendarData calendar,
			Set<String> sentKeys, List<Due> owed) {
		Due candidate = null;
		if (due.isBefore(today)) {
			int late = calendar.workingDaysBetween(due, today);
			int round = late / this.overdueRepeatWorkingDays;
			candidate = new Due(prefix + "/overdue/" + round, ReminderKind.OVERDUE, label, due, late);
		}
		else if (due.equals(today) || calendar.workingDaysBetween(today, due) <= this.dueSoonWorkingDays) {
			candidate = new Due(prefix + "/due-soon", ReminderKind.DUE_SOON, label, due, 0);
		}
		if (candidate != null && !sentKeys.contains(candidate.key())) {
			owed.add(candidate);
		}
	}

}
