package org.ducha.node.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of idempotency keys. A key is claimed in a transaction of its own (RUNNING,
 * owned by this process), completed in the request's transaction together with its effect
 * (DONE, with the answer), or released when the request failed and wrote nothing. A
 * RUNNING key of another owner was left by a process that died before the commit of its
 * request (a node runs as one process: docs/architecture.md §7), so it is taken over and
 * the request runs again.
 */
@Component
class IdempotencyKeys {

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final Clock clock;

	/** This process: a new one after every start. */
	private final String owner = UUID.randomUUID().toString();

	IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** What to do with a request under a key. */
	sealed interface Claim {

		/** The key is this request's now: run it. */
		record Execute(boolean takenOver) implements Claim {
		}

		/** The key's request is done: answer as it did. */
		record Replay(StoredAnswer answer) implements Claim {
		}

		/** The key's request is still running in this process. */
		record InProgress() implements Claim {
		}

		/** The key was used for another request. */
		record Mismatch(String method, String path) implements Claim {
		}

	}

	Claim claim(KeyedRequest request) {
		for (int attempt = 0;; attempt++) {
			Claim claim = this.own.execute((status) -> tryClaim(request));
			if (claim != null || attempt >= 3) {
				if (claim == null) {
					throw new IllegalStateException("Idempotency key kept vanishing while claimed");
				}
				return claim;
			}
		}
	}

	/** A claim, or null when the key's row vanished (released) in between: try again. */
	private Claim tryClaim(KeyedRequest request) {
		Timestamp now = Timestamp.from(this.clock.instant());
		try {
			this.jdbc.sql(
					"INSERT INTO idempotency_key (account, idem_key, subject, request_hash, method, path, state, owner, "
							+ "created_at) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)")
				.params(request.account(), request.key(), truncate(request.subject(), 255), request.hash(),
						request.method(), truncate(request.path(), 1024), this.owner, now)
				.update();
			return new Claim.Execute(false);
		}
		catch (DuplicateKeyException ex) {
			// held by an earlier request: read below
		}
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT request_hash, method, path, state, owner, status, content_type, location, body, body_omitted "
					+ "FROM idempotency_key WHERE account = ? AND idem_key = ? FOR UPDATE")
			.params(request.account(), request.key())
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			return null;
		}
		Map<String, Object> row = rows.get(0);
		if (!request.hash().equals(row.get("request_hash"))) {
			return new Claim.Mismatch((String) row.get("method"), (String) row.get("path"));
		}
		if ("DONE".equals(row.get("state"))) {
			byte[] body = (byte[]) row.get("body");
			return new Claim.Replay(new StoredAnswer(((Number) row.get("status")).intValue(),
					(String) row.get("content_type"), (String) row.get("location"), (body != null) ? body : new byte[0],
					isTrue(row.get("body_omitted"))));
		}
		if (this.owner.equals(row.get("owner"))) {
			return new Claim.InProgress();
		}
		// its process died before the request's transaction committed: nothing of it
		// took effect, so it runs again, as this process's
		this.jdbc.sql("UPDATE idempotency_key SET owner = ?, created_at = ? WHERE account = ? AND idem_key = ?")
			.params(this.owner, now, request.account(), request.key())
			.update();
		return new Claim.Execute(true);
	}

	/**
	 * Turns the claim DONE with its answer, in the caller's transaction: the one that
	 * carries the request's effect.
	 */
	void complete(KeyedRequest request, StoredAnswer answer) {
		int updated = this.jdbc
			.sql("UPDATE idempotency_key SET state = 'DONE', completed_at = ?, status = ?, content_type = ?, "
					+ "location = ?, body = ?, body_omitted = ? "
					+ "WHERE account = ? AND idem_key = ? AND owner = ? AND state = 'RUNNING'")
			.params(Timestamp.from(this.clock.instant()), answer.status(), truncate(answer.contentType(), 255),
					truncate(answer.location(), 1024), answer.body(), answer.bodyOmitted(), request.account(),
					request.key(), this.owner)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Idempotency key " + request.key() + " is no longer held by this request");
		}
	}

	/** Gives the key up after a request that failed and wrote nothing. */
	void release(KeyedRequest request) {
		this.own.executeWithoutResult((status) -> this.jdbc
			.sql("DELETE FROM idempotency_key WHERE account = ? AND idem_key = ? AND owner = ? AND state = 'RUNNING'")
			.params(request.account(), request.key(), this.owner)
			.update());
	}

	/**
	 * Deletes up to {@code chunk} keys created before a time, oldest first, in a
	 * transaction of their own; a key this process is still running is kept.
	 * @return how many were deleted
	 */
	int purge(Instant before, int chunk) {
		Integer deleted = this.own.execute((status) -> this.jdbc
			.sql("DELETE FROM idempotency_key WHERE created_at < ? AND NOT (state = 'RUNNING' AND owner = ?) "
					+ "ORDER BY created_at LIMIT ?")
			.params(Timestamp.from(before), this.owner, chunk)
			.update());
		return (deleted != null) ? deleted : 0;
	}

	private static boolean isTrue(Object value) {
		return (value instanceof Boolean bool) ? bool : (value instanceof Number number && number.intValue() != 0);
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
