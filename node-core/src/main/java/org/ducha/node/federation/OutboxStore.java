package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ducha.proto.federation.v1.Channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable outbound logs, one per (link, channel), with gapless sequence numbers
 * handed out under the log's counter row lock (docs/protocol.md §2.2).
 */
@Repository
class OutboxStore {

	/** Rows one purge statement deletes at most. */
	static final int PURGE_CHUNK = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutboxStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Creates the log with a fresh epoch unless it exists. */
	void ensureLog(String peer, Channel channel, Instant now) {
		this.jdbc
			.sql("INSERT IGNORE INTO fed_outbound_log (peer_code, channel, epoch, last_seq, acked_seq, created_at) "
					+ "VALUES (?, ?, ?, 0, 0, ?)")
			.params(peer, Channels.key(channel), UUID.randomUUID().toString(), Timestamp.from(now))
			.update();
	}

	/**
	 * Writes entries in the current transaction. Counter rows are locked in (peer,
	 * channel) order, so transactions that fan out to several links cannot deadlock on
	 * them.
	 */
	void append(List<OutboundEntry> entries, Instant now) {
		Map<String, List<OutboundEntry>> byLog = entries.stream()
			.collect(Collectors.groupingBy((e) -> e.peer() + "\u0000" + Channels.key(e.channel()),
					java.util.TreeMap::new, Collectors.toList()));
		for (List<OutboundEntry> log : byLog.values()) {
			OutboundEntry first = log.get(0);
			long last = this.jdbc
				.sql("SELECT last_seq FROM fed_outbound_log WHERE peer_code = ? AND channel = ? FOR UPDATE")
				.params(first.peer(), Channels.key(first.channel()))
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new IllegalStateException(
						"No outbound log for link " + first.peer() + " channel " + Channels.key(first.channel())));
			List<OutboundEntry> numbered = new ArrayList<>(log.size());
			for (OutboundEntry entry : log) {
				numbered.add(entry.withSeq(++last));
			}
			insert(numbered, now);
			OutboundEntry newest = numbered.get(numbered.size() - 1);
			this.jdbc.sql(
					"UPDATE fed_outbound_log SET last_seq = ?, last_fingerprint = ? WHERE peer_code = ? AND channel = ?")
				.params(last, EntryFingerprint.of(newest.eventId(), newest.destinationNode()), first.peer(),
						Channels.key(first.channel()))
				.update();
		}
	}

	private void insert(List<OutboundEntry> entries, Instant writtenAt) {
		Timestamp now = Timestamp.from(writtenAt);
		this.template.batchUpdate(
				"INSERT INTO fed_outbound_entry (peer_code, channel, seq, event_id, origin_node, destination_node, "
						+ "occurred_at, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entries, entries.size(), (ps, e) -> {
					ps.setString(1, e.peer());
					ps.setString(2, Channels.key(e.channel()));
					ps.setLong(3, e.seq());
					ps.setString(4, e.eventId());
					ps.setString(5, e.originNode());
					ps.setString(6, e.destinationNode());
					ps.setTimestamp(7, Timestamp.from(e.occurredAt()));
					ps.setString(8, e.eventType());
					ps.setBytes(9, e.payload());
					ps.setTimestamp(10, now);
				});
	}

	/**
	 * Reads consecutive entries from {@code fromSeq}, at most {@code maxCount} and, after
	 * the first, no more than {@code maxBytes} of payload.
	 */
	List<OutboundEntry> read(String peer, Channel channel, long fromSeq, int maxCount, int maxBytes) {
		List<OutboundEntry> rows = this.jdbc
			.sql("SELECT seq, event_id, origin_node, destination_node, occurred_at, event_type, payload "
					+ "FROM fed_outbound_entry WHERE peer_code = ? AND channel = ? AND seq >= ? ORDER BY seq LIMIT ?")
			.params(peer, Channels.key(channel), fromSeq, maxCount)
			.query((rs, row) -> new OutboundEntry(peer, channel, rs.getLong("seq"), rs.getString("event_id"),
					rs.getString("origin_node"), rs.getString("destination_node"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("event_type"), rs.getBytes("payload")))
			.list();
		List<OutboundEntry> batch = new ArrayList<>(rows.size());
		long expected = fromSeq;
		int bytes = 0;
		for (OutboundEntry entry : rows) {
			if (entry.seq() != expected || (!batch.isEmpty() && bytes + entry.payload().length > maxBytes)) {
				break;
			}
			batch.add(entry);
			bytes += entry.payload().length;
			expected++;
		}
		return batch;
	}

	Optional<LogInfo> info(String peer, Channel channel) {
		return this.jdbc
			.sql("SELECT l.epoch, l.last_seq, l.acked_seq, l.blocked, l.last_error, "
					+ "(SELECT MIN(e.seq) FROM fed_outbound_entry e WHERE e.peer_code = l.peer_code "
					+ "AND e.channel = l.channel) AS first_seq "
					+ "FROM fed_outbound_log l WHERE l.peer_code = ? AND l.channel = ?")
			.params(peer, Channels.key(channel))
			.query((rs, row) -> {
				long last = rs.getLong("last_seq");
				long first = rs.getLong("first_seq");
				// read wasNull right after first_seq: no stored entry means the log
				// starts after its end
				long firstRetained = rs.wasNull() ? last + 1 : first;
				return new LogInfo(rs.getString("epoch"), last, rs.getLong("acked_seq"), firstRetained,
						rs.getBoolean("blocked"), rs.getString("last_error"));
			})
			.optional();
	}

	/** A link's log, which must exist (the bootstrap creates every configured one). */
	LogInfo require(String peer, Channel channel) {
		return info(peer, channel)
			.orElseThrow(() -> new IllegalStateException("No log for " + peer + "/" + Channels.key(channel)));
	}

	/**
	 * The fingerprint of the log's entry at {@code seq}: from the stored entry, or from
	 * the log's counter row for its last entry once purged; unknown otherwise
	 * (docs/protocol.md, "Restored nodes").
	 */
	String fingerprintAt(String peer, Channel channel, long seq) {
		Optional<String> stored = this.jdbc
			.sql("SELECT event_id, destination_node FROM fed_outbound_entry WHERE peer_code = ? AND channel = ? "
					+ "AND seq = ?")
			.params(peer, Channels.key(channel), seq)
			.query((rs, row) -> EntryFingerprint.of(rs.getString("event_id"), rs.getString("destination_node")))
			.optional();
		if (stored.isPresent()) {
			return stored.get();
		}
		return this.jdbc
			.sql("SELECT last_fingerprint FROM fed_outbound_log WHERE peer_code = ? AND channel = ? AND last_seq = ?")
			.params(peer, Channels.key(channel), seq)
			.query((rs, row) -> EntryFingerprint.orUnknown(rs.getString(1)))
			.optional()
			.orElse(EntryFingerprint.UNKNOWN);
	}

	/**
	 * Gives a log restored from a backup a new epoch and moves its counter to at least
	 * what the peer applied, so that no sequence number the peer has seen is handed out
	 * again (docs/protocol.md, "Restored nodes").
	 * @return the new epoch
	 */
	String renew(String peer, Channel channel, long atLeastSeq) {
		String epoch = UUID.randomUUID().toString();
		this.jdbc
			// the fingerprint first: MySQL assigns left to right, and it names the entry
			// at
			// the old last_seq
			.sql("UPDATE fed_outbound_log SET epoch = ?, "
					+ "last_fingerprint = CASE WHEN last_seq < ? THEN NULL ELSE last_fingerprint END, "
					+ "last_seq = GREATEST(last_seq, ?) WHERE peer_code = ? AND channel = ?")
			.params(epoch, atLeastSeq, atLeastSeq, peer, Channels.key(channel))
			.update();
		return epoch;
	}

	/**
	 * Records a cumulative acknowledgement; never moves backwards or past the log's end.
	 */
	void acknowledge(String peer, Channel channel, long through) {
		this.jdbc
			.sql("UPDATE fed_outbound_log SET acked_seq = ? "
					+ "WHERE peer_code = ? AND channel = ? AND acked_seq < ? AND last_seq >= ?")
			.params(through, peer, Channels.key(channel), through, through)
			.update();
	}

	void block(String peer, Channel channel, String error) {
		this.jdbc.sql("UPDATE fed_outbound_log SET blocked = TRUE, last_error = ? WHERE peer_code = ? AND channel = ?")
			.params(clip(error), peer, Channels.key(channel))
			.update();
	}

	void unblock(String peer) {
		this.jdbc.sql("UPDATE fed_outbound_log SET blocked = FALSE, last_error = NULL WHERE peer_code = ?")
			.param(peer)
			.update();
	}

	/**
	 * Deletes acknowledged entries written before {@code before}.
	 * @return how many were deleted
	 */
	int purge(Instant before) {
		return purge(before, PURGE_CHUNK);
	}

	/**
	 * Deletes acknowledged entries written before {@code before}, log by log, at most
	 * {@code chunk} rows to a statement in sequence order; outside a transaction each
	 * statement commits on its own, so a purge holds the locks the receiver and the
	 * sender of a log need for one chunk at a time (docs/protocol.md, "Pruning").
	 * @return how many were deleted
	 */
	int purge(Instant before, int chunk) {
		List<AckedLog> logs = this.jdbc
			.sql("SELECT peer_code, channel, acked_seq FROM fed_outbound_log WHERE acked_seq > 0")
			.query((rs, row) -> new AckedLog(rs.getString("peer_code"), rs.getString("channel"),
					rs.getLong("acked_seq")))
			.list();
		int purged = 0;
		for (AckedLog log : logs) {
			int deleted;
			do {
				deleted = this.jdbc
					.sql("DELETE FROM fed_outbound_entry WHERE peer_code = ? AND channel = ? AND seq <= ? "
							+ "AND created_at < ? ORDER BY seq LIMIT ?")
					.params(log.peer(), log.channel(), log.ackedSeq(), Timestamp.from(before), chunk)
					.update();
				purged += deleted;
			}
			while (deleted == chunk);
		}
		return purged;
	}

	/** A log and how far its peer has acknowledged it. */
	private record AckedLog(String peer, String channel, long ackedSeq) {
	}

	/**
	 * The age of the oldest unacknowledged entry of each log, for alarms and status.
	 */
	Map<String, Instant> oldestUnacknowledged() {
		return this.jdbc
			.sql("SELECT e.peer_code, e.channel, MIN(e.created_at) AS oldest FROM fed_outbound_entry e "
					+ "JOIN fed_outbound_log l ON l.peer_code = e.peer_code AND l.channel = e.channel "
					+ "WHERE e.seq > l.acked_seq GROUP BY e.peer_code, e.channel")
			.query((rs, row) -> Map.entry(rs.getString("peer_code") + "/" + rs.getString("channel"),
					rs.getTimestamp("oldest").toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	static String clip(String text) {
		return (text != null && text.length() > 2000) ? text.substring(0, 2000) : text;
	}

}
