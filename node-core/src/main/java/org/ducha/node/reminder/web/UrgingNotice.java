package org.ducha.node.reminder.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.document.DocumentBlock;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.ReminderKind;

/**
 * The urging notice (催办单) of a reminder: which matter, why it is urged, what the urging
 * organ says, and what the unit is to do (docs/business-rules.md §19, "Documents").
 */
final class UrgingNotice {

	private UrgingNotice() {
	}

	/**
	 * The notice.
	 * @param reminder the reminder
	 * @param taskTitle the task's title, or {@code null} when the task is not held here
	 * @param taskNumber the task's number (督办编号), or {@code null}
	 * @param organ the urging organ (发文机关)
	 * @param unit the urged unit's name
	 * @return the document
	 */
	static OfficialDocument of(Reminder reminder, String taskTitle, String taskNumber, String organ, String unit) {
		String matter = (taskTitle != null) ? taskTitle : reminder.title();
		List<DocumentBlock> body = new ArrayList<>();
		body.add(new DocumentBlock.Paragraph("你单位承办的“" + matter + "”"
				+ ((taskNumber != null) ? "（" + taskNumber + "）" : "") + why(reminder) + "，现予催办。"));
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("督办事项", matter));
		if (taskNumber != null) {
			rows.add(List.of("督办编号", taskNumber));
		}
		rows.add(List.of("催办类型", label(reminder.kind())));
		if (reminder.dueDate() != null) {
			rows.add(List.of("涉及时限", OfficialDocument.written(reminder.dueDate())));
		}
		LocalDateTime sent = LocalDateTime.ofInstant(reminder.sentAt(), NodeIdentity.ZONE);
		rows.add(List.of("催办时间", OfficialDocument.written(sent.toLocalDate()) + " "
				+ sent.format(DateTimeFormatter.ofPattern("HH:mm"))));
		rows.add(List.of("催办人", "system".equals(reminder.sentBy()) ? "系统自动催办" : reminder.sentBy()));
		body.add(new DocumentBlock.Table(List.of("项目", "内容"), rows));
		body.add(DocumentBlock.Heading.numbered(1, "催办意见"));
		body.add(new DocumentBlock.Paragraph(reminder.message()));
		body.add(DocumentBlock.Heading.numbered(2, "办理要求"));
		body.add(new DocumentBlock.Paragraph("请接到本催办单后抓紧办理，于三个工作日内报送办理进展；确有困难的，请书面说明原因及下一步措施。"));
		List<String> copies = reminder.escalate() ? List.of(unit + "主要负责人") : List.of();
		return new OfficialDocument(organ, null, "催办单", List.of(unit), body, organ, sentDay(reminder), copies);
	}

	/** The file's name without extension. */
	static String fileName(Reminder reminder, String unit) {
		return "催办单-" + unit + "-" + sentDay(reminder);
	}

	private static LocalDate sentDay(Reminder reminder) {
		return LocalDate.ofInstant(reminder.sentAt(), NodeIdentity.ZONE);
	}

	private static String why(Reminder reminder) {
		return switch (reminder.kind()) {
			case DUE_SOON -> "即将到期";
			case OVERDUE -> "已超过规定时限";
			case CLAIM_OVERDUE -> "超过签收时限仍未签收";
			case MANUAL -> "";
		};
	}

	private static String label(ReminderKind kind) {
		return switch (kind) {
			case DUE_SOON -> "到期提醒";
			case OVERDUE -> "逾期催办";
			case MANUAL -> "人工催办";
			case CLAIM_OVERDUE -> "签收超时";
		};
	}

}
