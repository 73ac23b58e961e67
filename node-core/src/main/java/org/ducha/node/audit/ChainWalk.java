package org.ducha.node.audit;

/**
 * Walks the audit chain record by record, in sequence order, and says where and how it
 * breaks first. A record's link to its predecessor (the previous hash it stores) tells a
 * moved record from an edited one: a record in the wrong place was chained after another
 * record; an edited record is in its place but no longer matches its hash.
 */
final class ChainWalk {

	private final ChainHead head;

	private long records;

	private long lastSequence;

	private String lastHash = AuditChain.GENESIS;

	private ChainVerdict broken;

	/**
	 * @param head the chain head read with the records, or null when it is missing
	 */
	ChainWalk(ChainHead head) {
		this.head = head;
	}

	/**
	 * Takes the next record.
	 * @return whether the walk goes on (false once the chain is found broken)
	 */
	boolean accept(StoredEntry row) {
		if (this.broken != null) {
			return false;
		}
		long place = row.entry().sequence();
		long expected = this.lastSequence + 1;
		if (place < expected) {
			return (place < 1)
					? breakAt(place, ChainBreak.REORDERED,
							"a record carries sequence " + place + ", before the first (sequences start at 1)")
					: breakAt(place, ChainBreak.DUPLICATED, "record " + place + " appears more than once");
		}
		if (place > expected) {
			return breakAt(expected, ChainBreak.DELETED, "record " + expected + " is missing: the chain goes from "
					+ this.lastSequence + " to " + place + " (deleted)");
		}
		if (this.head != null && place > this.head.lastSequence()) {
			return breakAt(place, ChainBreak.BEYOND_HEAD, "record " + place + " lies beyond the chain head at "
					+ this.head.lastSequence() + ": it was not appended through the trail");
		}
		if (!this.lastHash.equals(row.previousHash())) {
			return breakAt(place, ChainBreak.REORDERED,
					"record " + place + " is not chained to "
							+ ((place == 1) ? "the genesis value" : "record " + this.lastSequence)
							+ ": records were reordered, renumbered or replaced");
		}
		if (!AuditChain.link(this.lastHash, row.entry()).equals(row.hash())) {
			return breakAt(place, ChainBreak.EDITED, "record " + place + " does not match its hash (edited)");
		}
		if (this.head != null && place == this.head.lastSequence() && !row.hash().equals(this.head.lastHash())) {
			return breakAt(place, ChainBreak.HEAD_MISMATCH, "record " + place
					+ " is not the last record the chain head names: the end of the trail was replaced");
		}
		this.records++;
		this.lastSequence = place;
		this.lastHash = row.hash();
		return true;
	}

	/**
	 * The verdict once every record was taken.
	 * @param unchained how many records carry no sequence
	 */
	ChainVerdict finish(long unchained) {
		if (this.broken != null) {
			return this.broken;
		}
		if (this.head == null) {
			return verdict(null, ChainBreak.HEAD_MISSING, "the chain head is missing");
		}
		if (unchained > 0) {
			return verdict(null, ChainBreak.UNCHAINED,
					unchained + " records carry no sequence: they were written outside the trail");
		}
		if (this.lastSequence < this.head.lastSequence()) {
			String end = (this.lastSequence == 0) ? "the trail is empty"
					: "the trail ends at record " + this.lastSequence;
			return verdict(this.lastSequence + 1, ChainBreak.TAIL_DELETED,
					end + " but its head is at record " + this.head.lastSequence() + ": the last records were deleted");
		}
		return ChainVerdict.intact(this.records, this.lastSequence, this.lastHash);
	}

	private boolean breakAt(long place, ChainBreak kind, String problem) {
		this.broken = verdict(place, kind, problem);
		return false;
	}

	private ChainVerdict verdict(Long place, ChainBreak kind, String problem) {
		return new ChainVerdict(false, this.records, this.lastSequence, this.lastHash, place, kind, problem);
	}

}
