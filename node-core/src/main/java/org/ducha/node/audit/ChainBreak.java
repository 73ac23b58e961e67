package org.ducha.node.audit;

/**
 * How the audit chain was found broken.
 */
public enum ChainBreak {

	/** A record's fields no longer match its hash. */
	EDITED,

	/** A sequence number is missing: a record was deleted. */
	DELETED,

	/**
	 * A record is not chained to the one before it: records were reordered, renumbered or
	 * replaced.
	 */
	REORDERED,

	/** Two records carry the same sequence number. */
	DUPLICATED,

	/** The trail ends before its head: the last records were deleted. */
	TAIL_DELETED,

	/**
	 * The last record is not the one the head names: the end of the trail was replaced.
	 */
	HEAD_MISMATCH,

	/** A record lies beyond the head: it was not appended through the trail. */
	BEYOND_HEAD,

	/** Records carry no sequence: they were written outside the trail. */
	UNCHAINED,

	/** The chain head itself is gone. */
	HEAD_MISSING

}
