package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a neighbour restored from a backup may have lost of what it originated: the
 * entries this node applied from its log after the last one the restored log says was
 * acknowledged, kept in {@code fed_lost_entry}, audited and logged for an operator. This
 * node keeps its copies but never states them back as the neighbour's: a node is believed
 * only about what it owns (docs/protocol.md, "Restored nodes").
 */
@Component
class RestoredPeers {

	private static final Logger log = LoggerFactory.getLogger(RestoredPeers.class);

	/** Event ids named in the audit record at most; the table holds them all. */
	private static final int NAMED = 20;

	private final JdbcClient jdbc;

	private final LinkAudit audit;

	private final Clock clock;

	RestoredPeers(JdbcClient jdbc, LinkAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the entries the peer originated that this node applied from its log on
	 * {@code channel} after {@code afterSeq}, up to {@code throughSeq}.
	 * @return how many were recorded now
	 */
	int recordLost(Link link, Channel channel, long afterSeq, long throughSeq) {
		if (throughSeq <= afterSeq) {
			return 0;
		}
		Instant now = this.clock.instant();
		int recorded = this.jdbc
			.sql("INSERT IGNORE INTO fed_lost_entry (peer_code, channel, origin_node, event_id, seq, applied_at, "
					+ "detected_at) SELECT peer_code, channel, origin_node, event_id, seq, applied_at, ? "
					+ "FROM fed_applied_event WHERE origin_node = ? AND peer_code = ? AND channel = ? "
					+ "AND seq > ? AND seq <= ?")
			.params(Timestamp.from(now), link.peer(), link.peer(), Channels.key(channel), afterSeq, throughSeq)
			.update();
		if (recorded > 0) {
			List<String> named = this.jdbc
				.sql("SELECT event_id FROM fed_lost_entry WHERE peer_code = ? AND channel = ? AND detected_at = ? "
						+ "ORDER BY seq LIMIT " + NAMED)
				.params(link.peer(), Channels.key(channel), Timestamp.from(now))
				.query(String.class)
				.list();
			String detail = Channels.key(channel) + ": " + link.peer() + " was restored from a backup; " + recorded
					+ " event(s) it originated, applied here as entries " + (afterSeq + 1) + " to " + throughSeq
					+ ", may be lost there (see fed_lost_entry): " + String.join(", ", named)
					+ ((recorded > NAMED) ? ", …" : "");
			log.warn("{}", detail);
			this.audit.record("PEER_RESTORED", link, detail);
		}
		return recorded;
	}

	/** The event ids recorded as possibly lost by a peer, in log order. */
	List<String> lost(String peer) {
		return this.jdbc.sql("SELECT event_id FROM fed_lost_entry WHERE peer_code = ? ORDER BY channel, seq")
			.param(peer)
			.query(String.class)
			.list();
	}

}
