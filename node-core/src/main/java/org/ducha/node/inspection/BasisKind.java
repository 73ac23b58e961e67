package org.ducha.node.inspection;

/**
 * What an inspection plan rests on.
 */
public enum BasisKind {

	/** A supervised task (its id in the reference). */
	TASK,

	/** A leader's instruction (批示). */
	LEADER_INSTRUCTION,

	/** An annual priority (年度重点工作). */
	ANNUAL_PRIORITY

}
