package org.ducha.node.reminder;

import org.ducha.node.reminder.ReminderRules.Due;

/**
 * The Chinese texts of automatic reminders.
 */
final class ReminderTexts {

	private ReminderTexts() {
	}

	static String title(Due due, String taskTitle) {
		String task = "《" + taskTitle + "》";
		if (due.kind() == ReminderKind.DUE_SOON) {
			return due.isDeadline() ? "【催办提示】" + task + "办结时限" + due.dueDate() + "临近"
					: "【催办提示】" + task + due.slotLabel() + "报告将于" + due.dueDate() + "到期";
		}
		return due.isDeadline() ? "【逾期催办】" + task + "已超过办结时限" : "【逾期催办】" + task + due.slotLabel() + "报告已逾期";
	}

	static String message(Due due, String taskTitle, String taskNumber) {
		String task = "督办事项《" + taskTitle + "》" + ((taskNumber != null) ? "（编号" + taskNumber + "）" : "");
		if (due.kind() == ReminderKind.DUE_SOON) {
			return due.isDeadline() ? task + "的办结时限为" + due.dueDate() + "，请抓紧办理，按期办结并报送办理情况。"
					: task + "的" + due.slotLabel() + "进展情况报告应于" + due.dueDate() + "前报送，请按时报送。";
		}
		String late = (due.workingDaysOverdue() > 0) ? "已逾期" + due.workingDaysOverdue() + "个工作日" : "已逾期";
		return due.isDeadline() ? task + "的办结时限为" + due.dueDate() + "，至今尚未办结，" + late + "。请抓紧办理，并说明逾期原因。"
				: task + "的" + due.slotLabel() + "进展情况报告应于" + due.dueDate() + "前报送，" + late + "。请尽快报送，并说明逾期原因。";
	}

}
