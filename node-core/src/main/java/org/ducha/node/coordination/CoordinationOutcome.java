package org.ducha.node.coordination;

/**
 * How a coordination attempt ended.
 */
public enum CoordinationOutcome {

	/** The problem was solved. */
	RESOLVED,

	/** The problem remains (协调未果). */
	UNRESOLVED

}
