package org.ducha.node.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notifications that are due, shortly after they were committed.
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationJob {

	private final Notifications notifications;

	NotificationJob(Notifications notifications) {
		this.notifications = notifications;
	}

	@Scheduled(fixedDelayString = "${ducha.notify.poll:30s}", initialDelayString = "${ducha.notify.poll:30s}")
	void send() {
		this.notifications.sendDue();
	}

}
