package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ducha.proto.federation.v1.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * End-to-end deduplication: each delivery, by origin node and event id, is applied once
 * at this node whatever path, replay or re-sync overlap brings it again.
 */
@Repository
class AppliedEvents {

	/** Rows per multi-row park: a batch's payloads stay well under the packet limit. */
	private static final int PARK_ROWS = 64;

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

	/**
	 * Claims a group of deliveries with two statements whatever its size: one read of
	 * those already applied here, one multi-row insert of the others. A delivery that
	 * comes twice in the group is claimed by its first occurrence, as one by one.
	 * @param claims the deliveries, in sequence order
	 * @return for each delivery, whether it is claimed now (false: applied before)
	 * @throws ClaimRace when the insert did not add every row the read promised (another
	 * transaction claimed one meanwhile): the caller rolls back to a savepoint taken
	 * before and claims one by one
	 */
	boolean[] claimAll(List<Claim> claims, String peer, Channel channel, Instant now) {
		boolean[] claimed = new boolean[claims.size()];
		Set<Claim.Key> present = present(claims);
		Set<Claim.Key> seen = new HashSet<>();
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"INSERT IGNORE INTO fed_applied_event (origin_node, event_id, peer_code, channel, seq, applied_at) VALUES ");
		Timestamp at = Timestamp.from(now);
		int rows = 0;
		for (int i = 0; i < claims.size(); i++) {
			Claim claim = claims.get(i);
			if (present.contains(claim.key()) || !seen.add(claim.key())) {
				continue;
			}
			claimed[i] = true;
			sql.append((rows++ == 0) ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
			params.addAll(List.of(claim.originNode(), claim.eventId(), peer, Channels.key(channel), claim.seq(), at));
		}
		if (rows > 0 && this.jdbc.sql(sql.toString()).params(params).update() != rows) {
			throw new ClaimRace();
		}
		return claimed;
	}

	private Set<Claim.Key> present(List<Claim> claims) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT origin_node, event_id FROM fed_applied_event WHERE ");
		for (int i = 0; i < claims.size(); i++) {
			sql.append((i == 0) ? "(origin_node = ? AND event_id = ?)" : " OR (origin_node = ? AND event_id = ?)");
			params.add(claims.get(i).originNode());
			params.add(claims.get(i).eventId());
		}
		return new HashSet<>(this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Claim.Key(rs.getString(1), rs.getString(2)))
			.list());
	}

	/**
	 * A delivery to claim.
	 *
	 * @param originNode where it was born
	 * @param eventId its id there
	 * @param seq its position in the link's log
	 */
	record Claim(String originNode, String eventId, long seq) {

		Key key() {
			return new Key(this.originNode, this.eventId);
		}

		/** What identifies a delivery. */
		record Key(String originNode, String eventId) {
		}

	}

	/**
	 * Another transaction claimed a delivery of the group between its read and its
	 * insert.
	 */
	static final class ClaimRace extends RuntimeException {

		ClaimRace() {
			super("a delivery of the group was claimed meanwhile", null, false, false);
		}

	}

	/**
	 * Keeps deliveries addressed here whose event kinds this version does not know, a few
	 * hundred rows per statement.
	 */
	void parkAll(List<OutboundEntry> entries, Instant now) {
		for (int from = 0; from < entries.size(); from += PARK_ROWS) {
			List<OutboundEntry> rows = entries.subList(from, Math.min(entries.size(), from + PARK_ROWS));
			StringBuilder sql = new StringBuilder("INSERT IGNORE INTO fed_parked_event (origin_node, event_id, "
					+ "peer_code, channel, occurred_at, payload, parked_at) VALUES ");
			List<Object> params = new ArrayList<>();
			Timestamp at = Timestamp.from(now);
			for (OutboundEntry entry : rows) {
				sql.append(params.isEmpty() ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
				params.addAll(List.of(entry.originNode(), entry.eventId(), entry.peer(), Channels.key(entry.channel()),
						Timestamp.from(entry.occurredAt()), entry.payload(), at));
			}
			this.jdbc.sql(sql.toString()).params(params).update();
		}
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
