package org.ducha.node.inspection.conclusion;

/**
 * What the review of an objection decided (复核结果).
 */
public enum ReviewOutcome {

	/** The conclusion stands as issued (维持). */
	UPHELD,

	/** The conclusion is changed (变更); the review carries the changed text. */
	CHANGED

}
