package org.ducha.node.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An audit record as read back for verification, with the hashes stored beside it.
 *
 * @param id the row's key (not part of the chain: the chain's order is the sequence)
 * @param entry the fields the hash covers
 * @param previousHash the hash the record was chained after
 * @param hash the record's own hash
 */
record StoredEntry(long id, ChainEntry entry, String previousHash, String hash) {

	static final String COLUMNS = "id, seq, occurred_at, category, action, actor, peer_code, detail, prev_hash, record_hash";

	static StoredEntry read(ResultSet rs) throws SQLException {
		return new StoredEntry(rs.getLong("id"), fields(rs, rs.getLong("seq")), rs.getString("prev_hash"),
				rs.getString("record_hash"));
	}

	/** The hashed fields of the current row, placed at {@code sequence}. */
	static ChainEntry fields(ResultSet rs, long sequence) throws SQLException {
		return new ChainEntry(sequence, rs.getTimestamp("occurred_at").toInstant(), rs.getString("category"),
				rs.getString("action"), rs.getString("actor"), rs.getString("peer_code"), rs.getString("detail"));
	}

}
