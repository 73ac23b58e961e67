package org.ducha.node.notify;

import java.time.Instant;
import java.util.List;

/**
 * A notification waiting to go out, sent, or given up.
 *
 * @param id id
 * @param channel the notifier's channel
 * @param recipients addresses
 * @param subject subject line
 * @param body text
 * @param source what it is about (e.g. {@code reminder/<id>})
 * @param status PENDING, SENT or FAILED
 * @param createdAt when it was written
 * @param nextAttemptAt when it goes out (after quiet hours, after a backoff)
 * @param attempts attempts so far
 * @param lastError why the last attempt failed
 * @param sentAt when it was sent
 */
public record Notification(String id, String channel, List<String> recipients, String subject, String body,
		String source, Status status, Instant createdAt, Instant nextAttemptAt, int attempts, String lastError,
		Instant sentAt) {

	/** Where a notification stands. */
	public enum Status {

		PENDING, SENT, FAILED

	}

}
