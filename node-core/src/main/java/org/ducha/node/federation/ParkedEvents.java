package org.ducha.node.federation;

import java.time.Instant;
import java.util.List;

import com.google.protobuf.Timestamp.Builder;

import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deliveries addressed here that were parked because this version did not know their
 * kinds (docs/protocol.md §9), as a later version reads them back to replay them.
 */
@Repository
class ParkedEvents {

	private final JdbcClient jdbc;

	ParkedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every parked delivery, in the order it arrived on each link and channel: by the
	 * time it was parked, then by its position in the peer's log (kept with its claim,
	 * docs/protocol.md §3.2; a batch parks its entries at one time).
	 */
	List<Parked> inArrivalOrder() {
		return this.jdbc
			.sql("SELECT p.origin_node, p.event_id, p.peer_code, p.channel, p.occurred_at, p.payload, "
					+ "COALESCE(a.seq, 0) AS seq FROM fed_parked_event p LEFT JOIN fed_applied_event a "
					+ "ON a.origin_node = p.origin_node AND a.event_id = p.event_id "
					+ "ORDER BY p.peer_code, p.channel, p.parked_at, seq")
			.query((rs, row) -> new Parked(rs.getString("origin_node"), rs.getString("event_id"),
					rs.getString("peer_code"), Channels.of(rs.getString("channel")),
					rs.getTimestamp("occurred_at").toInstant(), rs.getBytes("payload"), rs.getLong("seq")))
			.list();
	}

	/**
	 * Takes a parked delivery out in the current transaction, which then applies or
	 * quarantines it: a delivery is taken once, whoever replays it.
	 * @return false when it is no longer parked (replayed meanwhile)
	 */
	boolean take(String originNode, String eventId) {
		return this.jdbc.sql("DELETE FROM fed_parked_event WHERE origin_node = ? AND event_id = ?")
			.params(originNode, eventId)
			.update() == 1;
	}

	/**
	 * A parked delivery.
	 *
	 * @param originNode where it was born
	 * @param eventId its id there
	 * @param peer the link it arrived on
	 * @param channel the channel of its batch
	 * @param occurredAt when it happened at its origin
	 * @param payload the event's bytes as they arrived
	 * @param seq its position in the peer's log, 0 when its claim is no longer kept
	 */
	record Parked(String originNode, String eventId, String peer, Channel channel, Instant occurredAt, byte[] payload,
			long seq) {

		/** The entry as it arrived, addressed to this node. */
		Entry entry(String destination, Event event) {
			Builder at = com.google.protobuf.Timestamp.newBuilder()
				.setSeconds(this.occurredAt.getEpochSecond())
				.setNanos(this.occurredAt.getNano());
			return Entry.newBuilder()
				.setSeq(this.seq)
				.setEventId(this.eventId)
				.setOriginNode(this.originNode)
				.setDestinationNode(destination)
				.setOccurredAt(at)
				.setEvent(event)
				.build();
		}

	}

}
