package org.ducha.node.audit;

/**
 * The chain head: the last record appended, kept apart from the records so that a deleted
 * tail shows.
 *
 * @param lastSequence the last record's sequence, 0 before the first
 * @param lastHash its hash, the genesis value before the first
 */
record ChainHead(long lastSequence, String lastHash) {

	static final String SELECT = "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1";

}
