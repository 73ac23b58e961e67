package org.ducha.node.task;

/**
 * Kind of supervision (条例 Art 14).
 */
public enum TaskType {

	/** 综合督查. */
	COMPREHENSIVE("综合督查"),

	/** 专项督查. */
	SPECIAL("专项督查"),

	/** 事件调查. */
	INCIDENT_INVESTIGATION("事件调查"),

	/** 日常督办 (the seed's 常规督查). */
	ROUTINE("日常督办"),

	/** 线索核查. */
	CLUE_VERIFICATION("线索核查");

	private final String label;

	TaskType(String label) {
		this.label = label;
	}

	/** The words notices, ledgers and the UI use for the kind of supervision. */
	public String label() {
		return this.label;
	}

}
