package org.ducha.node.federation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.ducha.proto.federation.v1.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entries set aside on each link, at both ends (docs/protocol.md §8.3): those this
 * node refused, with their payload as received, and those of its own that the peer
 * refused.
 */
@Repository
class QuarantineStore {

	private static final String COLUMNS = "side, peer_code, channel, seq, event_id, origin_node, destination_node, "
			+ "event_type, cause, reason, quarantined_at";

	private final JdbcClient jdbc;

	QuarantineStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an entry in the current transaction.
	 * @param payload the event as received; null when this node did not receive it
	 * @return false when the same entry was recorded before
	 */
	boolean record(QuarantinedEntry entry, byte[] payload) {
		return this.jdbc
			.sql("INSERT IGNORE INTO fed_quarantine (side, peer_code, channel, seq, event_id, origin_node, "
					+ "destination_node, event_type, cause, reason, payload, quarantined_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.side(), entry.peer(), Channels.key(entry.channel()), entry.seq(), clip(entry.eventId(), 64),
					clip(entry.originNode(), 64), clip(entry.destinationNode(), 64), clip(entry.eventType(), 64),
					entry.cause(), clip(entry.reason(), 2000), payload, Timestamp.from(entry.at()))
			.update() == 1;
	}

	/** The entries set aside on one link, newest first. */
	List<QuarantinedEntry> page(String peer, int page, int size) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM fed_quarantine WHERE peer_code = ? ORDER BY id DESC "
					+ "LIMIT ? OFFSET ?")
			.params(peer, size, (long) page * size)
			.query(QuarantineStore::entry)
			.list();
	}

	/**
	 * The latest entries of a peer's log this node set aside on one channel, up to the
	 * entry its cursor has passed, newest first.
	 */
	List<QuarantinedEntry> received(String peer, Channel channel, long throughSeq, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM fed_quarantine WHERE side = ? AND peer_code = ? AND channel = ? "
					+ "AND seq > 0 AND seq <= ? ORDER BY id DESC LIMIT ?")
			.params(QuarantinedEntry.IN, peer, Channels.key(channel), throughSeq, limit)
			.query(QuarantineStore::entry)
			.list();
	}

	long count(String peer) {
		return this.jdbc.sql("SELECT COUNT(*) FROM fed_quarantine WHERE peer_code = ?")
			.param(peer)
			.query(Long.class)
			.single();
	}

	/**
	 * How many entries each (link, side, channel) set aside, and the latest of each link.
	 */
	List<Count> counts() {
		return this.jdbc
			.sql("SELECT peer_code, side, channel, COUNT(*) AS n FROM fed_quarantine GROUP BY peer_code, side, channel")
			.query((rs, row) -> new Count(rs.getString("peer_code"), rs.getString("side"), rs.getString("channel"),
					rs.getLong("n")))
			.list();
	}

	/** The latest entry set aside on each link. */
	List<QuarantinedEntry> latest() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM fed_quarantine q WHERE id = "
					+ "(SELECT MAX(id) FROM fed_quarantine l WHERE l.peer_code = q.peer_code)")
			.query(QuarantineStore::entry)
			.list();
	}

	private static QuarantinedEntry entry(ResultSet rs, int row) throws SQLException {
		return new QuarantinedEntry(rs.getString("side"), rs.getString("peer_code"),
				Channels.of(rs.getString("channel")), rs.getLong("seq"), rs.getString("event_id"),
				rs.getString("origin_node"), rs.getString("destination_node"), rs.getString("event_type"),
				rs.getString("cause"), rs.getString("reason"), rs.getTimestamp("quarantined_at").toInstant());
	}

	private static String clip(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	/** Entries set aside on one link, one side and one channel. */
	record Count(String peer, String side, String channel, long count) {
	}

}
