package org.ducha.node.bulletin;

/**
 * What a bulletin says of a unit it names.
 */
public enum Verdict {

	/** Commended (通报表扬). */
	COMMENDED,

	/** Criticised (通报批评). */
	CRITICIZED,

	/** Only ranked. */
	RANKED

}
