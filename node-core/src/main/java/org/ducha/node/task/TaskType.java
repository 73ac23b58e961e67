package org.ducha.node.task;

/**
 * Kind of supervision (条例 Art 14).
 */
public enum TaskType {

	/** 综合督查. */
	COMPREHENSIVE,

	/** 专项督查. */
	SPECIAL,

	/** 事件调查. */
	INCIDENT_INVESTIGATION,

	/** 日常督办 (the seed's 常规督查). */
	ROUTINE,

	/** 线索核查. */
	CLUE_VERIFICATION

}
