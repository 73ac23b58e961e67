package org.ducha.node.task.web;

import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;

/**
 * The Chinese words a notice uses for a task's source and type (docs/business-rules.md
 * §2), as the UI shows them.
 */
final class TaskLabels {

	private TaskLabels() {
	}

	static String of(TaskSource source) {
		return switch (source) {
			case MAJOR_DECISION -> "重大决策部署";
			case MEETING_DECISION -> "会议决定事项";
			case IMPORTANT_DOCUMENT -> "重要文件";
			case LEADER_INSTRUCTION -> "领导批示";
			case ANNUAL_KEY_WORK -> "年度重点工作";
			case LIVELIHOOD_PROJECT -> "民生实事";
			case LAW_IMPLEMENTATION -> "法律法规实施";
			case EMERGENCY_AFTERMATH -> "重大突发事件善后";
			case DEPUTY_PROPOSAL -> "人大建议/政协提案";
			case PUBLIC_CLUE -> "群众线索";
		};
	}

	static String of(TaskType type) {
		return switch (type) {
			case COMPREHENSIVE -> "综合督查";
			case SPECIAL -> "专项督查";
			case INCIDENT_INVESTIGATION -> "事件调查";
			case ROUTINE -> "日常督办";
			case CLUE_VERIFICATION -> "线索核查";
		};
	}

}
