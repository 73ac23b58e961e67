package org.ducha.node.inspection.finding.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.document.DocumentBlock;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.inspection.finding.Rectification;

/**
 * The rectification notice (整改通知) of a requirement: what the inspection found, what the
 * unit must put right, and by when (docs/business-rules.md §19, "Documents").
 */
final class RectificationNotice {

	private RectificationNotice() {
	}

	/**
	 * The notice.
	 * @param rectification the requirement
	 * @param organ the issuing organ (发文机关) of the planning node
	 * @return the document
	 */
	static OfficialDocument of(Rectification rectification, String organ) {
		String deadline = OfficialDocument.written(rectification.deadline());
		List<DocumentBlock> body = List.of(
				new DocumentBlock.Paragraph("根据督查工作安排，" + organ + "对你单位开展了督查。现将督查发现的问题和整改要求通知如下，请认真抓好整改落实。"),
				DocumentBlock.Heading.numbered(1, "督查发现的问题"), new DocumentBlock.Paragraph(rectification.finding()),
				DocumentBlock.Heading.numbered(2, "整改要求"), new DocumentBlock.Paragraph(rectification.requirement()),
				new DocumentBlock.Table(List.of("项目", "内容"),
						List.of(List.of("整改单位", rectification.unitName()),
								List.of("整改时限", rectification.workingDays() + "个工作日（" + deadline + "前）"),
								List.of("交办人", rectification.issuedBy()))),
				DocumentBlock.Heading.numbered(3, "有关要求"), new DocumentBlock.Paragraph("请于" + deadline
						+ "前完成整改，并将整改情况连同佐证材料报送" + organ + "。整改情况经现场核查和回访确认后予以销号；逾期未完成整改的，将按规定启动督查问责程序。"));
		LocalDate issued = LocalDate.ofInstant(rectification.issuedAt(), NodeIdentity.ZONE);
		return new OfficialDocument(organ, null, "整改通知", List.of(rectification.unitName()), body, organ, issued,
				List.of());
	}

	/** The file's name without extension. */
	static String fileName(Rectification rectification) {
		return "整改通知-" + rectification.unitName() + "-"
				+ LocalDate.ofInstant(rectification.issuedAt(), NodeIdentity.ZONE);
	}

}
