package org.ducha.node.reminder;

import org.ducha.node.reminder.ReminderRules.Due;

/**
 * The Chinese texts of automatic reminders.
 */
final class ReminderTexts {

	private ReminderTexts() {
	}

	static String title(Due due, String taskTitle, boolean contribution) {
		String task = "《" + taskTitle + "》";
		if (due.kind() == ReminderKind.CLAIM_OVERDUE) {
			return "【签收超时】" + task + "应于" + due.dueDate() + "前签收";
		}
		if (contribution && !due.isDeadline()) {
			return (due.kind() == ReminderKind.DUE_SOON)
					? "【催办提示】" + task + due.slotLabel() + "协办材料将于" + due.dueDate() + "到期"
					: "【逾期催办】" + task + due.slotLabel() + "协办材料已逾期";
		}
		if (due.kind() == ReminderKind.DUE_SOON) {
			return due.isDeadline() ? "【催办提示】" + task + "办结时限" + due.dueDate() + "临近"
					: "【催办提示】" + task + due.slotLabel() + "报告将于" + due.dueDate() + "到期";
		}
		return due.isDeadline() ? "【逾期催办】" + task + "已超过办结时限" : "【逾期催办】" + task + due.slotLabel() + "报告已逾期";
	}

	static String message(Due due, String taskTitle, String taskNumber, boolean contribution) {
		String task = "督办事项《" + taskTitle + "》" + ((taskNumber != null) ? "（编号" + taskNumber + "）" : "");
		String late = (due.workingDaysOverdue() > 0) ? "已逾期" + due.workingDaysOverdue() + "个工作日" : "已逾期";
		if (due.kind() == ReminderKind.CLAIM_OVERDUE) {
			return task + "已交办贵单位，应于" + due.dueDate() + "前签收，至今尚未签收，" + late + "。请尽快签收；如不属于本单位职责，请说明理由退回。";
		}
		if (contribution && !due.isDeadline()) {
			return (due.kind() == ReminderKind.DUE_SOON)
					? task + "的" + due.slotLabel() + "协办材料应于" + due.dueDate() + "前提供主办单位汇总，请按时报送。"
					: task + "的" + due.slotLabel() + "协办材料应于" + due.dueDate() + "前提供主办单位汇总，" + late + "。请尽快报送。";
		}
		if (due.kind() == ReminderKind.DUE_SOON) {
			return due.isDeadline() ? task + "的办结时限为" + due.dueDate() + "，请抓紧办理，按期办结并报送办理情况。"
					: task + "的" + due.slotLabel() + "进展情况报告应于" + due.dueDate() + "前报送，请按时报送。";
		}
		return due.isDeadline() ? task + "的办结时限为" + due.dueDate() + "，至今尚未办结，" + late + "。请抓紧办理，并说明逾期原因。"
				: task + "的" + due.slotLabel() + "进展情况报告应于" + due.dueDate() + "前报送，" + late + "。请尽快报送，并说明逾期原因。";
	}

}
