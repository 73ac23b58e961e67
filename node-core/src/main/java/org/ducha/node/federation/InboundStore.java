package org.ducha.node.federation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ducha.node.federation.InboundCursor.SnapshotProgress;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The receivers' cursors, one per (link, channel).
 */
@Repository
class InboundStore {

	private static final String COLUMNS = "peer_code, channel, epoch, applied_seq, state, failures, last_error, "
			+ "resync_reason, snapshot_id, snapshot_epoch, snapshot_watermark, snapshot_last_key";

	private final JdbcClient jdbc;

	InboundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void ensure(String peer, Channel channel, Instant now) {
		this.jdbc
			.sql("INSERT IGNORE INTO fed_inbound_cursor (peer_code, channel, applied_seq, state, updated_at) "
					+ "VALUES (?, ?, 0, ?, ?)")
			.params(peer, Channels.key(channel), CursorState.OK.name(), Timestamp.from(now))
			.update();
	}

	/** Reads and locks a cursor for the rest of the transaction. */
	InboundCursor lock(String peer, Channel channel) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM fed_inbound_cursor WHERE peer_code = ? AND channel = ? " + "FOR UPDATE")
			.params(peer, Channels.key(channel))
			.query(InboundStore::cursor)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No cursor for " + peer + "/" + Channels.key(channel)));
	}

	Optional<InboundCursor> find(String peer, Channel channel) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM fed_inbound_cursor WHERE peer_code = ? AND channel = ?")
			.params(peer, Channels.key(channel))
			.query(InboundStore::cursor)
			.optional();
	}

	List<InboundCursor> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM fed_inbound_cursor ORDER BY peer_code, channel")
			.query(InboundStore::cursor)
			.list();
	}

	/**
	 * Advances the cursor and remembers the fingerprint of the entry it now stands on
	 * (docs/protocol.md, "Restored nodes").
	 */
	void advance(String peer, Channel channel, long applied, String fingerprint, Instant now) {
		this.jdbc
			.sql("UPDATE fed_inbound_cursor SET applied_seq = ?, applied_fingerprint = ?, failures = 0, "
					+ "last_error = NULL, updated_at = ? WHERE peer_code = ? AND channel = ?")
			.params(applied, fingerprint, Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/** The fingerprint of the entry the cursor stands on; unknown when not recorded. */
	String appliedFingerprint(String peer, Channel channel) {
		return this.jdbc.sql("SELECT applied_fingerprint FROM fed_inbound_cursor WHERE peer_code = ? AND channel = ?")
			.params(peer, Channels.key(channel))
			.query((rs, row) -> EntryFingerprint.orUnknown(rs.getString(1)))
			.optional()
			.orElse(EntryFingerprint.UNKNOWN);
	}

	/** Starts following a log for the first time. */
	void follow(String peer, Channel channel, String epoch, Instant now) {
		this.jdbc
			.sql("UPDATE fed_inbound_cursor SET epoch = ?, updated_at = ? "
					+ "WHERE peer_code = ? AND channel = ? AND epoch IS NULL")
			.params(epoch, Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/** Counts a failed attempt; blocks the channel once {@code blockAfter} is reached. */
	void failed(String peer, Channel channel, String error, int blockAfter, Instant now) {
		this.jdbc
			// state first: MySQL evaluates single-table assignments left to right
			.sql("UPDATE fed_inbound_cursor SET "
					+ "state = CASE WHEN failures + 1 >= ? AND state = 'OK' THEN 'BLOCKED' ELSE state END, "
					+ "failures = failures + 1, last_error = ?, updated_at = ? WHERE peer_code = ? AND channel = ?")
			.params(blockAfter, OutboxStore.clip(error), Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/**
	 * Records a refusal for the link's status without counting it as a failure to apply.
	 */
	void refused(String peer, Channel channel, String error, Instant now) {
		this.jdbc
			.sql("UPDATE fed_inbound_cursor SET last_error = ?, updated_at = ? WHERE peer_code = ? AND channel = ?")
			.params(OutboxStore.clip(error), Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/** Stops the channel until a snapshot arrives. */
	void requireResync(String peer, Channel channel, String reason, Instant now) {
		this.jdbc.sql(
				"UPDATE fed_inbound_cursor SET state = CASE WHEN state = 'RESYNCING' THEN state ELSE 'RESYNC_REQUIRED' "
						+ "END, resync_reason = ?, updated_at = ? WHERE peer_code = ? AND channel = ?")
			.params(reason, Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/** Records the snapshot chunk just applied. */
	void snapshotProgress(String peer, Channel channel, SnapshotProgress progress, Instant now) {
		this.jdbc.sql("UPDATE fed_inbound_cursor SET state = 'RESYNCING', snapshot_id = ?, snapshot_epoch = ?, "
				+ "snapshot_watermark = ?, snapshot_last_key = ?, updated_at = ? WHERE peer_code = ? AND channel = ?")
			.params(progress.snapshotId(), progress.epoch(), progress.watermark(), progress.lastKey(),
					Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/** The snapshot is complete: follow the log from its watermark. */
	void snapshotComplete(String peer, Channel channel, String epoch, long watermark, Instant now) {
		this.jdbc
			.sql("UPDATE fed_inbound_cursor SET state = 'OK', epoch = ?, applied_seq = ?, applied_fingerprint = NULL, "
					+ "failures = 0, "
					+ "last_error = NULL, resync_reason = NULL, snapshot_id = NULL, snapshot_epoch = NULL, "
					+ "snapshot_watermark = NULL, snapshot_last_key = NULL, updated_at = ? "
					+ "WHERE peer_code = ? AND channel = ?")
			.params(epoch, watermark, Timestamp.from(now), peer, Channels.key(channel))
			.update();
	}

	/** An operator cleared a blocked channel: retry it. */
	void unblock(String peer, Instant now) {
		this.jdbc
			.sql("UPDATE fed_inbound_cursor SET state = 'OK', failures = 0, last_error = NULL, updated_at = ? "
					+ "WHERE peer_code = ? AND state = 'BLOCKED'")
			.params(Timestamp.from(now), peer)
			.update();
	}

	private static InboundCursor cursor(ResultSet rs, int row) throws SQLException {
		String snapshotId = rs.getString("snapshot_id");
		SnapshotProgress snapshot = (snapshotId != null) ? new SnapshotProgress(snapshotId,
				rs.getString("snapshot_epoch"), rs.getLong("snapshot_watermark"), rs.getString("snapshot_last_key"))
				: null;
		return new InboundCursor(rs.getString("peer_code"), Channels.of(rs.getString("channel")), rs.getString("epoch"),
				rs.getLong("applied_seq"), CursorState.valueOf(rs.getString("state")), rs.getInt("failures"),
				rs.getString("last_error"), rs.getString("resync_reason"), snapshot);
	}

}
