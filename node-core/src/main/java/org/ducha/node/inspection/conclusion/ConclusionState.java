package org.ducha.node.inspection.conclusion;

/**
 * Where a conclusion stands, in the order its steps must come.
 */
public enum ConclusionState {

	/** Drafted by a supervisor of the planning node; seen there only. */
	DRAFT,

	/** Approved by a leader; not yet issued. */
	APPROVED,

	/** Issued to the inspected unit, waiting for its signature. */
	ISSUED,

	/** Signed for by the unit; it may object within 30 calendar days of the signing. */
	SIGNED,

	/** The unit objected; the review is due within 30 days of the objection. */
	OBJECTED,

	/** The objection was reviewed: the conclusion upheld or changed. */
	REVIEWED;

	/** Whether the unit has it: issued or any later step. */
	public boolean issued() {
		return ordinal() >= ISSUED.ordinal();
	}

}
