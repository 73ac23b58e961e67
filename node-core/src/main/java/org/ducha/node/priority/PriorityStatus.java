package org.ducha.node.priority;

/**
 * Where a node's priorities for a year stand: {@code DRAFT} → {@code SUBMITTED} →
 * {@code APPROVED}; a leader may send a submitted draft back to {@code DRAFT}. Approved
 * priorities never change; only they are linked to and travel down.
 */
public enum PriorityStatus {

	/** Its supervisors write it. */
	DRAFT,

	/** Awaiting a leader's approval. */
	SUBMITTED,

	/** Approved: final, linked to, known below. */
	APPROVED

}
