package org.ducha.node.task;

/**
 * Where a task comes from (docs/business-rules.md §2).
 */
public enum TaskSource {

	/** 重大决策部署. */
	MAJOR_DECISION("重大决策部署"),

	/** 常务会议/市长办公会议决定. */
	MEETING_DECISION("会议决定事项"),

	/** 重要文件. */
	IMPORTANT_DOCUMENT("重要文件"),

	/** 领导批示. */
	LEADER_INSTRUCTION("领导批示"),

	/** 年度重点工作. */
	ANNUAL_KEY_WORK("年度重点工作"),

	/** 民生实事. */
	LIVELIHOOD_PROJECT("民生实事"),

	/** 法律法规实施. */
	LAW_IMPLEMENTATION("法律法规实施"),

	/** 重大突发事件善后. */
	EMERGENCY_AFTERMATH("重大突发事件善后"),

	/** 人大建议/政协提案. */
	DEPUTY_PROPOSAL("人大建议/政协提案"),

	/** 线索. */
	PUBLIC_CLUE("群众线索");

	private final String label;

	TaskSource(String label) {
		this.label = label;
	}

	/** The words notices, ledgers and the UI use for the source. */
	public String label() {
		return this.label;
	}

}
