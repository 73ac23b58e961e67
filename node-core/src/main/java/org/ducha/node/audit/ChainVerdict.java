package org.ducha.node.audit;

/**
 * What a walk along the audit chain found.
 *
 * @param intact whether every record is in place and unchanged
 * @param records how many records were found intact (all of them when the chain is)
 * @param lastSequence the last intact record's sequence (0 for none)
 * @param lastHash its hash (the genesis value for none)
 * @param firstBrokenSequence where the chain breaks, when that is a place; otherwise null
 * @param kind how it breaks; null when intact
 * @param problem what was found, in words; null when intact
 */
public record ChainVerdict(boolean intact, long records, long lastSequence, String lastHash, Long firstBrokenSequence,
		ChainBreak kind, String problem) {

	static ChainVerdict intact(long records, long lastSequence, String lastHash) {
		return new ChainVerdict(true, records, lastSequence, lastHash, null, null, null);
	}

}
