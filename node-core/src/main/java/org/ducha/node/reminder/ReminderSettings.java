package org.ducha.node.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When automatic reminders go out ({@code ducha.reminders.*}; the job's schedule is
 * {@code ducha.reminders.cron}).
 *
 * @param dueSoonWorkingDays an open due date this many working days away (or fewer) gets
 * a DUE_SOON reminder
 * @param overdueRepeatWorkingDays an overdue reminder is repeated every this many working
 * days
 */
@ConfigurationProperties("ducha.reminders")
public record ReminderSettings(@DefaultValue("2") int dueSoonWorkingDays,
		@DefaultValue("5") int overdueRepeatWorkingDays) {

	public ReminderSettings {
		if (dueSoonWorkingDays < 0 || overdueRepeatWorkingDays < 1) {
			throw new IllegalArgumentException("ducha.reminders.due-soon-working-days must be at least 0 and "
					+ "ducha.reminders.overdue-repeat-working-days at least 1");
		}
	}

	ReminderRules rules() {
		return new ReminderRules(this.dueSoonWorkingDays, this.overdueRepeatWorkingDays);
	}

}
