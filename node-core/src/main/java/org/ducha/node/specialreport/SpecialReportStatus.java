package org.ducha.node.specialreport;

/**
 * Where a special report stands: {@code DRAFT} (its supervisor edits it) →
 * {@code SUBMITTED} (to the node's leaders) → {@code READ} (a leader opened it) →
 * {@code INSTRUCTED} (a leader recorded an instruction; more may follow).
 */
public enum SpecialReportStatus {

	/** Composed, not yet submitted; only the node's supervisors see it. */
	DRAFT,

	/** Submitted to the node's leaders. */
	SUBMITTED,

	/** A leader has read it. */
	READ,

	/** A leader has recorded at least one instruction. */
	INSTRUCTED

}
