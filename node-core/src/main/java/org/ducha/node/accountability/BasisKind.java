package org.ducha.node.accountability;

/**
 * What a fact a ladder proposal or step rests on is.
 */
public enum BasisKind {

	/** An assignment. */
	ASSIGNMENT,

	/** An earlier ladder step. */
	STEP,

	/** A progress report. */
	REPORT,

	/** A fact in words. */
	NOTE

}
