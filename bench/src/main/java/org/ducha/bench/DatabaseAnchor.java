package org.ducha.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Scenario 1: the database's own ceiling. Rows shaped like the link engine's log entries
 * (the same columns and keys as {@code fed_outbound_entry}, the payload of a benchmark
 * task event) are inserted one per autocommit, and in transactions of exactly the
 * engine's batch size, on the same server with the same durability settings as the nodes.
 */
final class DatabaseAnchor {

	private static final String TABLE = """
			CREATE TABLE IF NOT EXISTS anchor_entry (
			    peer_code        VARCHAR(16)  NOT NULL,
			    channel          VARCHAR(16)  NOT NULL,
			    seq              BIGINT       NOT NULL,
			    event_id         CHAR(36)     NOT NULL,
			    origin_node      VARCHAR(16)  NOT NULL,
			    destination_node VARCHAR(16)  NOT NULL,
			    occurred_at      DATETIME(6)  NOT NULL,
			    event_type       VARCHAR(64)  NOT NULL,
			    payload          MEDIUMBLOB   NOT NULL,
			    created_at       DATETIME(6)  NOT NULL,
			    PRIMARY KEY (peer_code, channel, seq),
			    KEY anchor_entry_age (peer_code, channel, created_at)
			) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""";

	private static final String INSERT = "INSERT INTO anchor_entry (peer_code, channel, seq, event_id, origin_node, "
			+ "destination_node, occurred_at, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final String url;

	private final int batchSize;

	private final byte[] payload;

	private long seq;

	/**
	 * @param url JDBC URL of the anchor's own schema
	 * @param batchSize the link engine's largest batch
	 * @param payload the event payload each row carries
	 */
	DatabaseAnchor(String url, int batchSize, byte[] payload) {
		this.url = url;
		this.batchSize = batchSize;
		this.payload = payload;
	}

	int batchSize() {
		return this.batchSize;
	}

	int rowBytes() {
		return this.payload.length;
	}

	/** Rows per second, each its own autocommitted transaction. */
	double singleRowRate(Duration duration) throws SQLException {
		try (Connection connection = connect()) {
			connection.setAutoCommit(true);
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				long started = System.nanoTime();
				long deadline = started + duration.toNanos();
				long rows = 0;
				while (System.nanoTime() < deadline) {
					bind(insert);
					insert.executeUpdate();
					rows++;
				}
				return rows / seconds(started);
			}
		}
	}

	/** Rows per second in transactions of exactly {@link #batchSize()} rows. */
	double batchedRate(Duration duration) throws SQLException {
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				long started = System.nanoTime();
				long deadline = started + duration.toNanos();
				long rows = 0;
				while (System.nanoTime() < deadline) {
					for (int i = 0; i < this.batchSize; i++) {
						bind(insert);
						insert.addBatch();
					}
					insert.executeBatch();
					connection.commit();
					rows += this.batchSize;
				}
				return rows / seconds(started);
			}
		}
	}

	private Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(this.url, "root", "");
		try (Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
			// every measurement starts from an empty table
			statement.execute("TRUNCATE TABLE anchor_entry");
		}
		return connection;
	}

	private void bind(PreparedStatement insert) throws SQLException {
		Timestamp now = Timestamp.from(Instant.now());
		insert.setString(1, "441700");
		insert.setString(2, "task");
		insert.setLong(3, ++this.seq);
		insert.setString(4, UUID.randomUUID().toString());
		insert.setString(5, Events.PROVINCE);
		insert.setString(6, "441700");
		insert.setTimestamp(7, now);
		insert.setString(8, "TASK_ISSUED");
		insert.setBytes(9, this.payload);
		insert.setTimestamp(10, now);
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

}
