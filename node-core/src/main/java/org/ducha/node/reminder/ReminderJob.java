package org.ducha.node.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the automatic reminders every hour (and so soon after midnight in Shanghai, when
 * dates turn due or overdue).
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class ReminderJob {

	private static final Logger logger = LoggerFactory.getLogger(ReminderJob.class);

	private final AutomaticReminders reminders;

	ReminderJob(AutomaticReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${ducha.reminders.cron:0 5 * * * *}", zone = "Asia/Shanghai")
	void remind() {
		int sent = this.reminders.remindDue();
		if (sent > 0) {
			logger.info("{} automatic reminders sent", sent);
		}
	}

}
