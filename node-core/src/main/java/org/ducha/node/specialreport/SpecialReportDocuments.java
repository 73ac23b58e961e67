package org.ducha.node.specialreport;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.document.DocumentBlock;
import org.ducha.node.document.DocumentFormat;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.document.OfficialDocuments;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A special report as an official document (Word or PDF, laid out after GB/T 9704): the
 * supervision office's report to the node's leaders with its text, a table of the cited
 * records as they stand now, and the instructions recorded so far. Whoever may read the
 * report may download it; nobody else learns it exists.
 */
@Service
public class SpecialReportDocuments {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final SpecialReporting reporting;

	private final OfficialDocuments documents;

	private final NodeIdentity self;

	SpecialReportDocuments(SpecialReporting reporting, OfficialDocuments documents, NodeIdentity self) {
		this.reporting = reporting;
		this.documents = documents;
		this.self = self;
	}

	/**
	 * The report as a document, and its rendering.
	 *
	 * @param document what was rendered
	 * @param bytes the file
	 */
	public record Rendered(OfficialDocument document, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	public Rendered render(UUID id, DocumentFormat format, Actor actor) {
		OfficialDocument document = document(this.reporting.get(id, actor), this.self.name());
		return new Rendered(document, this.documents.render(document, format));
	}

	/** The document of a report as a reader sees it. */
	static OfficialDocument document(SpecialReportView view, String nodeName) {
		SpecialReport report = view.report();
		List<DocumentBlock> body = new ArrayList<>();
		for (String paragraph : report.text().split("\\n\\s*\\n|\\n")) {
			if (!paragraph.isBlank()) {
				body.add(new DocumentBlock.Paragraph(paragraph.strip()));
			}
		}
		body.add(new DocumentBlock.Heading("一、相关事项"));
		List<List<String>> rows = new ArrayList<>();
		for (ItemFacts facts : view.facts()) {
			rows.add(facts.available()
					? List.of(kind(facts.kind()), text(facts.headline()), text(facts.state()), text(facts.detail()),
							(facts.on() != null) ? facts.on().toString() : "")
					: List.of(kind(facts.kind()), facts.id(), "", "不在查阅范围内或已不存在", ""));
		}
		body.add(new DocumentBlock.Table(List.of("类别", "事项", "状态", "情况", "日期"), rows));
		if (!report.instructions().isEmpty()) {
			body.add(new DocumentBlock.Heading("二、领导批示"));
			for (Instruction instruction : report.instructions()) {
				body.add(new DocumentBlock.Paragraph(instruction.leaderName() + "（" + day(instruction.instructedAt())
						+ "）批示：" + instruction.text()));
			}
		}
		String organ = nodeName + "督查室";
		Instant dated = (report.submittedAt() != null) ? report.submittedAt() : report.draftedAt();
		return new OfficialDocument(organ, null, report.title(), List.of(nodeName + "领导"), body, organ,
				dated.atZone(ZONE).toLocalDate(), List.of());
	}

	private static String kind(ItemKind kind) {
		return switch (kind) {
			case TASK -> "督查事项";
			case FINDING -> "督查发现";
			case REPORT -> "进展报告";
		};
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String day(Instant instant) {
		return instant.atZone(ZONE).toLocalDate().toString();
	}

}
