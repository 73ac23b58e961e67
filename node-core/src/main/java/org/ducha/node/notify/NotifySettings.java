package org.ducha.node.notify;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications ({@code ducha.notify.*}).
 *
 * @param quietHours when nothing is sent
 * @param retry how failed sends are retried
 * @param mailFrom sender address of the e-mails
 * @param batchSize the most notifications one run of the job sends
 * @param contacts per unit code, its people's addresses (until the identity issue)
 */
@ConfigurationProperties("ducha.notify")
public record NotifySettings(@DefaultValue QuietHoursSettings quietHours, @DefaultValue Retry retry,
		@DefaultValue("noreply@ducha.local") String mailFrom, @DefaultValue("50") int batchSize,
		Map<String, UnitContacts> contacts) {

	public NotifySettings {
		contacts = (contacts != null) ? Map.copyOf(contacts) : Map.of();
	}

	QuietHours toQuietHours() {
		if (!this.quietHours.enabled()) {
			return QuietHours.NONE;
		}
		return new QuietHours(LocalTime.parse(this.quietHours.start()), LocalTime.parse(this.quietHours.end()),
				ZoneId.of(this.quietHours.zone()));
	}

	/**
	 * Quiet hours: held from {@code start} until {@code end} (across midnight when start
	 * is later than end).
	 *
	 * @param enabled whether there are quiet hours at all
	 * @param start HH:mm
	 * @param end HH:mm
	 * @param zone the zone of both times
	 */
	public record QuietHoursSettings(@DefaultValue("true") boolean enabled, @DefaultValue("22:00") String start,
			@DefaultValue("07:00") String end, @DefaultValue("Asia/Shanghai") String zone) {
	}

	/**
	 * Retries of a failed send: the first after {@code initialBackoff}, each following
	 * twice as late up to {@code maxBackoff}; after {@code maxAttempts} attempts the
	 * notification is given up (status FAILED, every attempt recorded).
	 *
	 * @param initialBackoff wait after the first failure
	 * @param maxBackoff longest wait
	 * @param maxAttempts attempts in all
	 * @param lease how long a replica holds a notification it is sending
	 */
	public record Retry(@DefaultValue("1m") Duration initialBackoff, @DefaultValue("2h") Duration maxBackoff,
			@DefaultValue("12") int maxAttempts, @DefaultValue("5m") Duration lease) {

		/** The wait after the given failed attempt (from 1). */
		Duration after(int attempt) {
			Duration wait = this.initialBackoff;
			for (int i = 1; i < attempt && wait.compareTo(this.maxBackoff) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
		}

	}

	/**
	 * A unit's addresses.
	 *
	 * @param handlers its handlers
	 * @param unitHead its head
	 */
	public record UnitContacts(List<String> handlers, List<String> unitHead) {

		public UnitContacts {
			handlers = (handlers != null) ? List.copyOf(handlers) : List.of();
			unitHead = (unitHead != null) ? List.copyOf(unitHead) : List.of();
		}

	}

}
