package org.ducha.node.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.reminder.ReminderRules.Due;
import org.ducha.node.reminder.ReminderStore.OpenAssignment;
import org.ducha.node.schedule.Schedules;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the automatic reminders of the tasks this node issued: DUE_SOON before a due
 * date, OVERDUE (to the handlers and, escalated, to their unit head) after it, repeated
 * every few working days, and CLAIM_OVERDUE the same way to an assignment left unsigned
 * after its signing limit; a co-unit is reminded of its contributions to the lead. Run by
 * a scheduled job; safe to run any number of times.
 */
@Service
public class AutomaticReminders {

	private static final Logger logger = LoggerFactory.getLogger(AutomaticReminders.class);

	private final ReminderStore store;

	private final ReminderPublication publication;

	private final Schedules schedules;

	private final WorkingCalendar calendar;

	private final ReminderRules rules;

	private final NodeIdentity self;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AutomaticReminders(ReminderStore store, ReminderPublication publication, Schedules schedules,
			WorkingCalendar calendar, ReminderSettings settings, NodeIdentity self, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.publication = publication;
		this.schedules = schedules;
		this.calendar = calendar;
		this.rules = settings.rules();
		this.self = self;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Sends every reminder owed today, each assignment in its own transaction.
	 * @return how many reminders were sent
	 */
	public int remindDue() {
		LocalDate today = this.calendar.today();
		CalendarData calendar = this.calendar.data();
		int sent = 0;
		for (OpenAssignment assignment : this.store.openAssignmentsIssuedBy(this.self.code())) {
			try {
				Integer count = this.transaction.execute((status) -> remind(assignment, today, calendar));
				sent += (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				logger.warn("Reminders of assignment {} failed; the next run tries again", assignment.id(), ex);
			}
		}
		return sent;
	}

	private int remind(OpenAssignment assignment, LocalDate today, CalendarData calendar) {
		boolean contribution = assignment.isCoUnit();
		List<Due> owed = this.rules.owed(today, calendar, contribution ? null : assignment.deadline(),
				assignment.unsigned() ? assignment.signBy() : null, this.schedules.of(assignment.id()),
				this.store.ruleKeys(assignment.id()));
		Instant now = this.clock.instant();
		int sent = 0;
		for (Due due : owed) {
			Reminder reminder = new Reminder(Ids.newId(), due.kind(), this.self.code(), assignment.issuingUnit(),
					"system", assignment.unitNode(), assignment.unitCode(), assignment.taskId(), assignment.id(),
					ReminderTexts.title(due, assignment.taskTitle(), contribution),
					ReminderTexts.message(due, assignment.taskTitle(), assignment.taskNumber(), contribution),
					due.dueDate(), due.kind() == ReminderKind.OVERDUE || due.kind() == ReminderKind.CLAIM_OVERDUE, now);
			if (this.publication.send(reminder, due.key())) {
				sent++;
			}
		}
		return sent;
	}

}
