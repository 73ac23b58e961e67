package org.ducha.node.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.document.DocumentBlock;
import org.ducha.node.document.DocumentFormat;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.document.OfficialDocuments;

import org.springframework.stereotype.Component;

/**
 * A bulletin as an official document (GB/T 9704, laid out by the documents package): the
 * preface, the ranking table, the overdue items, the commendations and criticisms, the
 * closing; addressed to the governments and departments it names.
 */
@Component
class BulletinDocuments implements BulletinFiles {

	private final OfficialDocuments documents;

	BulletinDocuments(OfficialDocuments documents) {
		this.documents = documents;
	}

	@Override
	public byte[] docx(Bulletin bulletin) {
		return this.documents.render(document(bulletin), DocumentFormat.DOCX);
	}

	@Override
	public byte[] pdf(Bulletin bulletin) {
		return this.documents.render(document(bulletin), DocumentFormat.PDF);
	}

	static OfficialDocument document(Bulletin bulletin) {
		List<DocumentBlock> body = new ArrayList<>();
		if (bulletin.corrects() != null) {
			body.add(new DocumentBlock.Paragraph("本通报更正此前发布的通报，原通报作废，以本通报为准。"));
		}
		if (bulletin.preface() != null) {
			paragraphs(bulletin.preface(), body);
		}
		body.add(new DocumentBlock.Heading("一、各单位督查督办工作情况排名"));
		List<List<String>> rows = new ArrayList<>();
		for (UnitLine line : bulletin.tables().ranking()) {
			rows.add(List.of(String.valueOf(line.rank()), line.unitName(),
					(line.onTimeRate() != null) ? line.onTimeRate().toPlainString() + "%" : "—",
					line.reportsOnTime() + "/" + line.reportsDue(), String.valueOf(line.overdue()),
					line.completedWithinOriginal() + "/" + line.completed(), String.valueOf(line.extensions()),
					String.valueOf(line.ladderSteps())));
		}
		body.add(new DocumentBlock.Table(List.of("排名", "单位", "按时报送率", "按时/应报", "逾期事项", "按原期限办结/办结", "延期", "问责"), rows));
		body.add(new DocumentBlock.Heading("二、逾期事项"));
		if (bulletin.tables().overdue().isEmpty()) {
			body.add(new DocumentBlock.Paragraph("本期无逾期事项。"));
		}
		else {
			List<List<String>> overdue = new ArrayList<>();
			for (OverdueLine line : bulletin.tables().overdue()) {
				overdue.add(List.of(line.unitName(), (line.taskNumber() != null) ? line.taskNumber() : "",
						line.taskTitle(), line.deadline().toString(), line.workingDaysOverdue() + "个工作日",
						line.open() ? "未办结" : "已申请办结"));
			}
			body.add(new DocumentBlock.Table(List.of("单位", "任务编号", "任务", "办理期限", "逾期", "状态"), overdue));
		}
		List<String> commended = texts(bulletin, Verdict.COMMENDED);
		List<String> criticized = texts(bulletin, Verdict.CRITICIZED);
		int heading = 3;
		if (!commended.isEmpty()) {
			body.add(new DocumentBlock.Heading(number(heading++) + "、通报表扬"));
			commended.forEach((text) -> body.add(new DocumentBlock.Paragraph(text)));
		}
		if (!criticized.isEmpty()) {
			body.add(new DocumentBlock.Heading(number(heading++) + "、通报批评"));
			criticized.forEach((text) -> body.add(new DocumentBlock.Paragraph(text)));
		}
		if (bulletin.closing() != null) {
			body.add(new DocumentBlock.Heading(number(heading) + "、工作要求"));
			paragraphs(bulletin.closing(), body);
		}
		Set<String> addressees = new LinkedHashSet<>();
		bulletin.mentions().forEach((mention) -> addressees.add(mention.unitName()));
		return new OfficialDocument(bulletin.issuingOrgan(), bulletin.number(), bulletin.title(),
				List.copyOf(addressees), body, bulletin.issuingOrgan(), bulletin.publishedOn(), List.of());
	}

	private static List<String> texts(Bulletin bulletin, Verdict verdict) {
		return bulletin.mentions()
			.stream()
			.filter((mention) -> mention.verdict() == verdict && mention.text() != null)
			.map(Mention::text)
			.toList();
	}

	private static void paragraphs(String text, List<DocumentBlock> body) {
		for (String paragraph : text.split("\\R+")) {
			if (!paragraph.isBlank()) {
				body.add(new DocumentBlock.Paragraph(paragraph.strip()));
			}
		}
	}

	private static String number(int n) {
		return String.valueOf("一二三四五六七八九十".charAt(n - 1));
	}

}
