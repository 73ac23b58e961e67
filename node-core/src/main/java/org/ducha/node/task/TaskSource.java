package org.ducha.node.task;

/**
 * Where a task comes from (docs/business-rules.md §2).
 */
public enum TaskSource {

	/** 重大决策部署. */
	MAJOR_DECISION,

	/** 常务会议/市长办公会议决定. */
	MEETING_DECISION,

	/** 重要文件. */
	IMPORTANT_DOCUMENT,

	/** 领导批示. */
	LEADER_INSTRUCTION,

	/** 年度重点工作. */
	ANNUAL_KEY_WORK,

	/** 民生实事. */
	LIVELIHOOD_PROJECT,

	/** 法律法规实施. */
	LAW_IMPLEMENTATION,

	/** 重大突发事件善后. */
	EMERGENCY_AFTERMATH,

	/** 人大建议/政协提案. */
	DEPUTY_PROPOSAL,

	/** 线索. */
	PUBLIC_CLUE

}
