package org.ducha.node.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifies a unit's people on every configured channel: the notification is written in
 * the business transaction (so none is lost, and none is sent for work rolled back) and
 * sent by {@link #sendDue()} after the commit, never during quiet hours; a failed send is
 * retried with backoff and every attempt is recorded.
 */
@Service
public class Notifications {

	private static final Logger logger = LoggerFactory.getLogger(Notifications.class);

	private final NotificationStore store;

	private final Map<String, Notifier> notifiers;

	private final NotifySettings settings;

	private final QuietHours quietHours;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Notifications(NotificationStore store, List<Notifier> notifiers, NotifySettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::channel, Function.identity()));
		this.settings = settings;
		this.quietHours = settings.toQuietHours();
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Writes a notification to a unit's handlers or head on each enabled channel that
	 * knows their addresses, to go out once the current transaction committed.
	 * @param source what it is about, for the record
	 * @return how many notifications were written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int notifyUnit(String unitCode, Audience audience, String subject, String body, String source) {
		Instant now = this.clock.instant();
		int written = 0;
		for (Notifier notifier : this.notifiers.values()) {
			if (!notifier.enabled()) {
				continue;
			}
			List<String> recipients = notifier.addressesOf(unitCode, audience);
			if (recipients.isEmpty()) {
				logger.debug("No {} address for the {} of unit {}; {} is not sent", notifier.channel(), audience,
						unitCode, source);
				continue;
			}
			this.store.insert(new Notification(Ids.newId(), notifier.channel(), recipients, subject, body, source,
					Notification.Status.PENDING, now, this.quietHours.release(now), 0, null, null));
			written++;
		}
		return written;
	}

	/**
	 * Sends what is due now (the job, and tests with their own clock). Nothing goes out
	 * during quiet hours.
	 * @return how many were sent
	 */
	public int sendDue() {
		Instant now = this.clock.instant();
		if (this.quietHours.isQuiet(now)) {
			return 0;
		}
		int sent = 0;
		for (String id : this.store.due(now, this.settings.batchSize())) {
			if (this.store.claim(id, now, now.plus(this.settings.retry().lease()))) {
				Notification notification = this.store.find(id).orElseThrow();
				if (send(notification)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean send(Notification notification) {
		Notifier notifier = this.notifiers.get(notification.channel());
		if (notifier == null || !notifier.enabled()) {
			this.store.postpone(notification.id(), this.clock.instant().plus(this.settings.retry().maxBackoff()));
			return false;
		}
		int attempt = notification.attempts() + 1;
		try {
			notifier.send(new OutgoingMessage(notification.recipients(), notification.subject(), notification.body()));
			this.transaction
				.executeWithoutResult((status) -> this.store.sent(notification.id(), attempt, this.clock.instant()));
			return true;
		}
		catch (RuntimeException ex) {
			Instant now = this.clock.instant();
			Instant next = (attempt >= this.settings.retry().maxAttempts()) ? null
					: this.quietHours.release(now.plus(this.settings.retry().after(attempt)));
			String error = clip(String.valueOf(ex.getMessage()));
			logger.warn("Sending {} notification {} failed (attempt {}): {}; {}", notification.channel(),
					notification.id(), attempt, error, (next != null) ? "next attempt at " + next : "given up");
			this.transaction
				.executeWithoutResult((status) -> this.store.failed(notification.id(), attempt, now, error, next));
			return false;
		}
	}

	/** The latest notifications, newest first (operations and tests). */
	public List<Notification> latest(int limit) {
		return this.store.latest(limit);
	}

	private static String clip(String text) {
		return (text.length() > 1000) ? text.substring(0, 1000) : text;
	}

}
