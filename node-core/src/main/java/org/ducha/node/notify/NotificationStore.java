package org.ducha.node.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications and their attempts. A replica claims a due notification by moving its
 * next attempt past a lease, so two replicas never send the same one at once and a crash
 * mid-send only delays it.
 */
@Repository
class NotificationStore {

	private static final String COLUMNS = "id, channel, recipients, subject, body, source, status, created_at, "
			+ "next_attempt_at, attempts, last_error, sent_at";

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Notification notification) {
		this.jdbc
			.sql("INSERT INTO notification (id, channel, recipients, subject, body, source, status, created_at, "
					+ "next_attempt_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(notification.id(), notification.channel(), String.join(",", notification.recipients()),
					notification.subject(), notification.body(), notification.source(), notification.status().name(),
					Timestamp.from(notification.createdAt()), Timestamp.from(notification.nextAttemptAt()))
			.update();
	}

	List<String> due(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ? "
					+ "ORDER BY next_attempt_at, id LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query(String.class)
			.list();
	}

	/** Takes a due notification for this process until the lease ends. */
	boolean claim(String id, Instant now, Instant leaseUntil) {
		return this.jdbc
			.sql("UPDATE notification SET next_attempt_at = ? "
					+ "WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?")
			.params(Timestamp.from(leaseUntil), id, Timestamp.from(now))
			.update() == 1;
	}

	Optional<Notification> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = ?")
			.param(id)
			.query(NotificationStore::notification)
			.optional();
	}

	void postpone(String id, Instant until) {
		this.jdbc.sql("UPDATE notification SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING'")
			.params(Timestamp.from(until), id)
			.update();
	}

	void sent(String id, int attempt, Instant at) {
		this.jdbc
			.sql("UPDATE notification SET status = 'SENT', attempts = ?, sent_at = ?, last_error = NULL "
					+ "WHERE id = ?")
			.params(attempt, Timestamp.from(at), id)
			.update();
		recordAttempt(id, attempt, at, true, null);
	}

	/**
	 * Records a failed attempt.
	 * @param next when to try again, or null to give up
	 */
	void failed(String id, int attempt, Instant at, String error, Instant next) {
		this.jdbc
			.sql("UPDATE notification SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
			.params((next != null) ? "PENDING" : "FAILED", attempt, error, Timestamp.from((next != null) ? next : at),
					id)
			.update();
		recordAttempt(id, attempt, at, false, error);
	}

	private void recordAttempt(String id, int attempt, Instant at, boolean succeeded, String error) {
		this.jdbc
			.sql("INSERT INTO notification_attempt (notification_id, attempt, attempted_at, succeeded, error) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(id, attempt, Timestamp.from(at), succeeded, error)
			.update();
	}

	List<Notification> latest(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notification ORDER BY created_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(NotificationStore::notification)
			.list();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new Notification(rs.getString("id"), rs.getString("channel"),
				Arrays.asList(rs.getString("recipients").split(",")), rs.getString("subject"), rs.getString("body"),
				rs.getString("source"), Notification.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(),
				rs.getInt("attempts"), rs.getString("last_error"), (sentAt != null) ? sentAt.toInstant() : null);
	}

}
