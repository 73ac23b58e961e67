package org.ducha.node.inspection;

/**
 * The kind of an inspection.
 */
public enum PlanKind {

	/** 综合督查. */
	COMPREHENSIVE,

	/** 专项督查. */
	SPECIAL,

	/** 日常督查. */
	ROUTINE

}
