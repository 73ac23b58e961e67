package org.ducha.node.attachment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of attachments to fetch from a peer (the parent): referenced by a
 * record that came down while their bytes are not here.
 */
@Repository
class FetchQueue {

	private static final String PENDING = "PENDING";

	private static final String DONE = "DONE";

	private final JdbcClient jdbc;

	FetchQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a fetch, unless one is queued already. */
	void queue(Sha256 sha256, String peer, Instant now) {
		Timestamp at = Timestamp.from(now);
		this.jdbc
			.sql("INSERT IGNORE INTO attachment_fetch (sha256, peer, state, queued_at, attempts, next_attempt_at) "
					+ "VALUES (?, ?, ?, ?, 0, ?)")
			.params(sha256.hex(), peer, PENDING, at, at)
			.update();
	}

	/** Pending fetches from a peer that are due, oldest first. */
	List<Sha256> due(String peer, Instant now, int limit) {
		return this.jdbc
			.sql("SELECT sha256 FROM attachment_fetch WHERE peer = ? AND state = ? AND next_attempt_at <= ? "
					+ "ORDER BY next_attempt_at, sha256 LIMIT ?")
			.params(peer, PENDING, Timestamp.from(now), limit)
			.query((rs, row) -> new Sha256(rs.getString("sha256")))
			.list();
	}

	/** The attempts a pending fetch has failed so far. */
	int attempts(Sha256 sha256, String peer) {
		return this.jdbc.sql("SELECT attempts FROM attachment_fetch WHERE sha256 = ? AND peer = ?")
			.params(sha256.hex(), peer)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** The bytes are here: every fetch of them is done. */
	void done(Sha256 sha256, Instant now) {
		this.jdbc
			.sql("UPDATE attachment_fetch SET state = ?, done_at = ?, last_error = NULL WHERE sha256 = ? AND state = ?")
			.params(DONE, Timestamp.from(now), sha256.hex(), PENDING)
			.update();
	}

	void failed(Sha256 sha256, String peer, String error, Instant nextAttempt) {
		String shortError = (error.length() > 1000) ? error.substring(0, 1000) : error;
		this.jdbc
			.sql("UPDATE attachment_fetch SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
					+ "WHERE sha256 = ? AND peer = ? AND state = ?")
			.params(shortError, Timestamp.from(nextAttempt), sha256.hex(), peer, PENDING)
			.update();
	}

	/** The state of a fetch ({@code PENDING} or {@code DONE}), if one was queued. */
	java.util.Optional<String> state(Sha256 sha256, String peer) {
		return this.jdbc.sql("SELECT state FROM attachment_fetch WHERE sha256 = ? AND peer = ?")
			.params(sha256.hex(), peer)
			.query(String.class)
			.optional();
	}

}
