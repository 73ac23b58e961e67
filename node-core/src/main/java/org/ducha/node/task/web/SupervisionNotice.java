package org.ducha.node.task.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ducha.node.NodeIdentity;
import org.ducha.node.document.DocumentBlock;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentDetail;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.ResponsiblePerson;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;

/**
 * The supervision notice (督办通知单) of an assignment: the task handed to a unit, as the
 * issuing organ sends it, with the matter, its basis, the unit's part, the person who
 * answers for it, and the limits for signing and completion (docs/business-rules.md §19,
 * "Documents").
 */
final class SupervisionNotice {

	private SupervisionNotice() {
	}

	/**
	 * The notice.
	 * @param task the task
	 * @param detail the assignment with its deadlines
	 * @param organs the issuing organ a unit's code names (发文机关)
	 * @param names a unit's name by its code
	 * @return the document
	 */
	static OfficialDocument of(Task task, AssignmentDetail detail, Function<String, String> organs,
			Function<String, String> names) {
		Assignment assignment = detail.assignment();
		TaskContent content = task.content();
		String unit = names.apply(assignment.getUnitCode());
		String part = (assignment.getRole() == AssignmentRole.LEAD) ? "牵头" : "协办";
		String organ = organs.apply(task.getIssuingUnit());
		List<DocumentBlock> body = new ArrayList<>();
		body.add(new DocumentBlock.Paragraph(
				"现将“" + task.getTitle() + "”交由你单位" + part + "办理。请按照以下要求认真研究落实，" + "按时签收，按期报送办理进展，确保按时办结。"));
		body.add(new DocumentBlock.Table(List.of("项目", "内容"), rows(task, detail, unit, part)));
		int section = 0;
		if (present(content.content())) {
			body.add(DocumentBlock.Heading.numbered(++section, "督办内容"));
			body.add(new DocumentBlock.Paragraph(content.content()));
		}
		if (present(content.goal())) {
			body.add(DocumentBlock.Heading.numbered(++section, "目标任务"));
			body.add(new DocumentBlock.Paragraph(content.goal()));
		}
		body.add(DocumentBlock.Heading.numbered(++section, "办理要求"));
		body.add(new DocumentBlock.Paragraph(requirements(assignment, detail.dueDate())));
		LocalDate written = (assignment.getAssignedAt() != null)
				? LocalDate.ofInstant(assignment.getAssignedAt(), NodeIdentity.ZONE) : null;
		return new OfficialDocument(organ, task.getNumber(), "督办通知单", List.of(unit), body, organ, written, List.of());
	}

	/** The file's name without extension. */
	static String fileName(Task task, String unitName) {
		return "督办通知单-" + ((task.getNumber() != null) ? task.getNumber() : task.getTitle()) + "-" + unitName;
	}

	private static List<List<String>> rows(Task task, AssignmentDetail detail, String unit, String part) {
		Assignment assignment = detail.assignment();
		TaskContent content = task.content();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("督办事项", task.getTitle()));
		if (task.getNumber() != null) {
			rows.add(List.of("督办编号", task.getNumber()));
		}
		rows.add(List.of("事项来源", content.source().label()));
		rows.add(List.of("督查类型", content.type().label()));
		if (present(content.basis())) {
			rows.add(List.of("交办依据", content.basis()));
		}
		rows.add(List.of("承办单位", unit + "（" + part + "）"));
		ResponsiblePerson responsible = assignment.getResponsible();
		if (responsible != null) {
			rows.add(List.of("责任人", responsible(responsible)));
		}
		if (assignment.getSignBy() != null) {
			rows.add(List.of("签收时限", OfficialDocument.written(assignment.getSignBy()) + "前"));
		}
		rows.add(List.of("办结时限", OfficialDocument.written(detail.dueDate()) + "前"));
		if (detail.originalDeadline() != null && !detail.originalDeadline().equals(detail.dueDate())) {
			rows.add(List.of("原定时限", OfficialDocument.written(detail.originalDeadline())));
		}
		return rows;
	}

	private static String responsible(ResponsiblePerson person) {
		StringBuilder text = new StringBuilder(person.name());
		if (present(person.post())) {
			text.append("（").append(person.post()).append("）");
		}
		if (present(person.phone())) {
			text.append("，电话：").append(person.phone());
		}
		return text.toString();
	}

	private static String requirements(Assignment assignment, LocalDate due) {
		StringBuilder text = new StringBuilder();
		if (assignment.getSignBy() != null && assignment.getSignedAt() == null) {
			text.append("请于").append(OfficialDocument.written(assignment.getSignBy())).append("前签收；");
		}
		text.append("请于")
			.append(OfficialDocument.written(due))
			.append("前办结，按规定时间节点报送办理进展；")
			.append("办理中遇到困难和问题，请及时报告。");
		return text.toString();
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
