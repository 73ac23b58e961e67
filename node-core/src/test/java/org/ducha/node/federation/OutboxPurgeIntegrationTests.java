package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purge of acknowledged log entries deletes many rows in bounded chunks, each its own
 * statement and transaction, and keeps what is unacknowledged or recent.
 */
class OutboxPurgeIntegrationTests {

	private static final String CHILD = "441704";

	private static final Instant NOW = Instant.now();

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY).children(CHILD).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void purgesManyAcknowledgedEntriesInChunks() {
		// 2,500 old acknowledged entries, 100 recent acknowledged ones, 400
		// unacknowledged
		// old ones
		write(1, 2500, NOW.minus(30, ChronoUnit.DAYS));
		write(2501, 2600, NOW.minus(1, ChronoUnit.HOURS));
		write(2601, 3000, NOW.minus(30, ChronoUnit.DAYS));
		jdbc().sql("UPDATE fed_outbound_log SET last_seq = 3000, acked_seq = 2600 WHERE peer_code = ? AND channel = ?")
			.params(CHILD, "alert")
			.update();
		long deletesBefore = deletes();

		int purged = city.bean(OutboxStore.class).purge(NOW.minus(7, ChronoUnit.DAYS), 1000);

		assertThat(purged).isEqualTo(2500);
		assertThat(deletes() - deletesBefore).as("one DELETE per chunk of at most 1,000 rows")
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc()
			.sql("SELECT MIN(seq), MAX(seq), COUNT(*) FROM fed_outbound_entry WHERE peer_code = ? " + "AND channel = ?")
			.params(CHILD, "alert")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single()).as("the recent and the unacknowledged entries stay").containsExactly(2501L, 3000L, 500L);
	}

	private static void write(int from, int through, Instant at) {
		List<Integer> seqs = IntStream.rangeClosed(from, through).boxed().toList();
		city.bean(JdbcTemplate.class)
			.batchUpdate(
					"INSERT INTO fed_outbound_entry (peer_code, channel, seq, event_id, origin_node, "
							+ "destination_node, occurred_at, event_type, payload, created_at) "
							+ "VALUES (?, 'alert', ?, ?, '441700', ?, ?, 'ALERT_RAISED', ?, ?)",
					seqs, 500, (ps, seq) -> {
						ps.setString(1, CHILD);
						ps.setLong(2, seq);
						ps.setString(3, UUID.randomUUID().toString());
						ps.setString(4, CHILD);
						ps.setTimestamp(5, Timestamp.from(at));
						ps.setBytes(6, new byte[64]);
						ps.setTimestamp(7, Timestamp.from(at));
					});
	}

	private static long deletes() {
		return jdbc().sql("SHOW GLOBAL STATUS LIKE 'Com_delete'").query((rs, row) -> rs.getLong("Value")).single();
	}

	private static JdbcClient jdbc() {
		return city.bean(JdbcClient.class);
	}

}
