package org.ducha.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Scenario 1's set-based anchor: what a receiving node must write for one task copy — the
 * task, its assignment (with its light), the four report slots of a quarterly schedule,
 * its timeline row and the dedupe record — for a batch of copies in multi-row inserts,
 * plus the batch's cursor update, in one commit. The tables are created {@code LIKE} the
 * receiving city's own (columns, keys and indexes as its migrations left them), in a
 * schema of their own, so the figure is the database's rate for the link's real rows in
 * the link's unit: copies (task events) per second.
 */
final class SetBasedAnchor {

	/** The receiver's tables one copy writes a row (or rows) into. */
	static final List<String> TABLES = List.of("task", "assignment", "report_slot", "task_timeline",
			"fed_applied_event", "fed_inbound_cursor");

	/** Report slots per copy: the benchmark's tasks report quarterly for a year. */
	static final int SLOTS = 4;

	private final String url;

	private final String receiverSchema;

	private final int batchSize;

	private final CopyRows rows = new CopyRows(Events.PROVINCE, "441700");

	/**
	 * @param url JDBC URL of the anchor's own schema
	 * @param receiverSchema the schema of the node whose tables are copied
	 * @param batchSize copies per commit: the link engine's largest batch
	 */
	SetBasedAnchor(String url, String receiverSchema, int batchSize) {
		this.url = url;
		this.receiverSchema = receiverSchema;
		this.batchSize = batchSize;
	}

	int batchSize() {
		return this.batchSize;
	}

	/** Task copies per second, {@link #batchSize()} per commit. */
	double copyRate(Duration duration) throws SQLException {
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			try (CopyRows.Statements statements = this.rows.prepare(connection, this.batchSize);
					PreparedStatement cursor = connection.prepareStatement(
							"UPDATE fed_inbound_cursor SET applied_seq = ?, updated_at = ? WHERE peer_code = ? "
									+ "AND channel = 'task'")) {
				long started = System.nanoTime();
				long deadline = started + duration.toNanos();
				long copies = 0;
				while (System.nanoTime() < deadline) {
					Instant now = Instant.now();
					statements.insert(now);
					cursor.setLong(1, statements.lastSeq());
					cursor.setTimestamp(2, Timestamp.from(now));
					cursor.setString(3, Events.PROVINCE);
					cursor.executeUpdate();
					connection.commit();
					copies += this.batchSize;
				}
				return copies / ((System.nanoTime() - started) / 1e9);
			}
		}
	}

	private Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(this.url, "root", "");
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				statement
					.execute("CREATE TABLE IF NOT EXISTS " + table + " LIKE `" + this.receiverSchema + "`." + table);
				// every measurement starts from empty tables
				statement.execute("TRUNCATE TABLE " + table);
			}
			statement.execute("INSERT INTO fed_inbound_cursor (peer_code, channel, epoch, applied_seq, state, "
					+ "updated_at) VALUES ('" + Events.PROVINCE + "', 'task', '" + UUID.randomUUID()
					+ "', 0, 'ACTIVE', NOW(6))");
		}
		return connection;
	}

}
