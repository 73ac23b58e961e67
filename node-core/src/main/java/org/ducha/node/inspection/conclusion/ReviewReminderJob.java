package org.ducha.node.inspection.conclusion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the reviews of objections nearing their 30 days, every hour on the node's clock
 * (a mark is reminded once).
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class ReviewReminderJob {

	private static final Logger logger = LoggerFactory.getLogger(ReviewReminderJob.class);

	private final ReviewReminders reminders;

	ReviewReminderJob(ReviewReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${ducha.conclusions.reminder-cron:0 25 * * * *}", zone = "Asia/Shanghai")
	void remind() {
		int sent = this.reminders.remindDue();
		if (sent > 0) {
			logger.info("{} objection reviews reminded", sent);
		}
	}

}
