package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Instant;

import org.ducha.proto.federation.v1.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * End-to-end deduplication: each delivery, by origin node and event id, is applied once
 * at this node whatever path, replay or re-sync overlap brings it again.
 */
@Repository
class AppliedEvents {

	private final JdbcClient jdbc;

	AppliedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a delivery in the current transaction.
	 * @return false when it was already applied here
	 */
	boolean claim(String originNode, String eventId, String peer, Channel channel, long seq, Instant now) {
		return this.jdbc
			.sql("INSERT IGNORE INTO fed_applied_event (origin_node, event_id, peer_code, channel, seq, applied_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(originNode, eventId, peer, Channels.key(channel), seq, Timestamp.from(now))
			.update() == 1;
	}

	/** Keeps a delivery addressed here whose event kind this version does not know. */
	void park(OutboundEntry entry, Instant now) {
		this.jdbc.sql(
				"INSERT IGNORE INTO fed_parked_event (origin_node, event_id, peer_code, channel, occurred_at, payload, "
						+ "parked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(entry.originNode(), entry.eventId(), entry.peer(), Channels.key(entry.channel()),
					Timestamp.from(entry.occurredAt()), entry.payload(), Timestamp.from(now))
			.update();
	}

}
