package org.ducha.node.attachment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of attachments to push to a peer.
 */
@Repository
class TransferQueue {

	private static final String PENDING = "PENDING";

	private static final String DONE = "DONE";

	private final JdbcClient jdbc;

	TransferQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a push, or queues it again when it was done (the peer may have lost it: a
	 * state query settles that cheaply).
	 */
	void queue(Sha256 sha256, String peer, Instant now) {
		Timestamp at = Timestamp.from(now);
		this.jdbc
			.sql("UPDATE attachment_transfer SET state = ?, attempts = 0, next_attempt_at = ?, done_at = NULL "
					+ "WHERE sha256 = ? AND peer = ? AND state = ?")
			.params(PENDING, at, sha256.hex(), peer, DONE)
			.update();
		this.jdbc
			.sql("INSERT IGNORE INTO attachment_transfer (sha256, peer, state, queued_at, attempts, next_attempt_at) "
					+ "VALUES (?, ?, ?, ?, 0, ?)")
			.params(sha256.hex(), peer, PENDING, at, at)
			.update();
	}

	/** Pending pushes to a peer that are due and whose bytes are here, oldest first. */
	List<Transfer> due(String peer, Instant now, int limit) {
		return this.jdbc
			.sql("SELECT t.sha256, t.peer, t.attempts, a.size, a.content_type, a.name FROM attachment_transfer t "
					+ "JOIN attachment a ON a.sha256 = t.sha256 WHERE t.peer = ? AND t.state = ? "
					+ "AND t.next_attempt_at <= ? AND a.stored_at IS NOT NULL ORDER BY t.next_attempt_at, t.sha256 "
					+ "LIMIT ?")
			.params(peer, PENDING, Timestamp.from(now), limit)
			.query((rs, row) -> new Transfer(new Sha256(rs.getString("sha256")), rs.getString("peer"),
					rs.getInt("attempts"), rs.getLong("size"), rs.getString("content_type"), rs.getString("name")))
			.list();
	}

	void done(Sha256 sha256, String peer, Instant now) {
		this.jdbc
			.sql("UPDATE attachment_transfer SET state = ?, done_at = ?, last_error = NULL "
					+ "WHERE sha256 = ? AND peer = ?")
			.params(DONE, Timestamp.from(now), sha256.hex(), peer)
			.update();
	}

	void failed(Sha256 sha256, String peer, String error, Instant nextAttempt) {
		String shortError = (error.length() > 1000) ? error.substring(0, 1000) : error;
		this.jdbc
			.sql("UPDATE attachment_transfer SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
					+ "WHERE sha256 = ? AND peer = ? AND state = ?")
			.params(shortError, Timestamp.from(nextAttempt), sha256.hex(), peer, PENDING)
			.update();
	}

	/** The state of a push ({@code PENDING} or {@code DONE}), if one was queued. */
	java.util.Optional<String> state(Sha256 sha256, String peer) {
		return this.jdbc.sql("SELECT state FROM attachment_transfer WHERE sha256 = ? AND peer = ?")
			.params(sha256.hex(), peer)
			.query(String.class)
			.optional();
	}

}
