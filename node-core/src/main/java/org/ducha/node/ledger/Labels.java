package org.ducha.node.ledger;

import java.util.Arrays;
import java.util.Optional;

import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.TaskType;

/**
 * The Chinese words a ledger uses for the task's codes (docs/business-rules.md §1–§6); a
 * code without a word here shows as itself.
 */
final class Labels {

	private Labels() {
	}

	/** A type by its word or its code, as a spreadsheet's author may write it. */
	static Optional<TaskType> typeOf(String text) {
		return Arrays.stream(TaskType.values())
			.filter((type) -> type.label().equals(text) || type.name().equalsIgnoreCase(text))
			.findFirst();
	}

	static String of(AssignmentRole role) {
		return switch (role) {
			case LEAD -> "牵头";
			case CO -> "协办";
			default -> role.name();
		};
	}

	static String of(AssignmentStatus status) {
		return switch (status) {
			case PENDING_SIGN -> "待签收";
			case SIGNED -> "已签收";
			case REPORTING -> "办理中";
			case COMPLETION_REQUESTED -> "申请办结";
			case COMPLETED -> "已办结";
			case RETURNED -> "已退回";
			default -> status.name();
		};
	}

	static String of(TaskStatus status) {
		return switch (status) {
			case DRAFT -> "草稿";
			case PENDING_APPROVAL -> "待审批";
			case ISSUED -> "已交办";
			case IN_PROGRESS -> "推进中";
			case CLOSED -> "已销号";
			case WITHDRAWN -> "已撤销";
			case SUSPENDED -> "已中止";
			default -> status.name();
		};
	}

	/** GREEN, YELLOW or RED as 绿灯, 黄灯, 红灯; nothing before the first computation. */
	static String light(String light) {
		if (light == null) {
			return null;
		}
		return switch (light) {
			case "GREEN" -> "绿灯";
			case "YELLOW" -> "黄灯";
			case "RED" -> "红灯";
			default -> light;
		};
	}

}
