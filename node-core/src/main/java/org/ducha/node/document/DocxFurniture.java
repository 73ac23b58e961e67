package org.ducha.node.document;

import java.util.List;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import static org.ducha.node.document.Gbt9704.BODY_FONT;
import static org.ducha.node.document.Gbt9704.NOTE_SIZE;
import static org.ducha.node.document.Gbt9704.NUMBER_FONT;

/**
 * What surrounds the text of a Word document: the copies (抄送) in the closing block (版记)
 * between two rules, and the page numbers "— 1 —" as a field, on the right of odd pages
 * and the left of even ones.
 */
final class DocxFurniture {

	private DocxFurniture() {
	}

	static void copiesTo(XWPFDocument docx, List<String> copies) {
		if (copies.isEmpty()) {
			return;
		}
		DocxLayout.blank(docx);
		XWPFParagraph paragraph = DocxLayout.paragraph(docx, ParagraphAlignment.LEFT);
		paragraph.setIndentationLeft(DocxLayout.twips(NOTE_SIZE).intValue());
		paragraph.setIndentationRight(DocxLayout.twips(NOTE_SIZE).intValue());
		CTPBdr rules = paragraph.getCTP().getPPr().addNewPBdr();
		rule(rules.addNewTop());
		rule(rules.addNewBottom());
		DocxLayout.run(paragraph, "抄送：" + String.join("，", copies) + "。", BODY_FONT, NOTE_SIZE, false, null);
	}

	private static void rule(CTBorder border) {
		border.setVal(STBorder.SINGLE);
		border.setSz(java.math.BigInteger.valueOf(4));
		border.setColor("000000");
	}

	static void pageNumbers(XWPFDocument docx) {
		docx.setEvenAndOddHeadings(true);
		XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
		pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.EVEN), ParagraphAlignment.LEFT);
	}

	/** "— PAGE —", one character in from the outer edge. */
	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(alignment);
		int indent = DocxLayout.twips(NOTE_SIZE).intValue();
		if (alignment == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(indent);
		}
		else {
			paragraph.setIndentationLeft(indent);
		}
		DocxLayout.run(paragraph, "— ", NUMBER_FONT, NOTE_SIZE, false, null);
		// a complex field in runs of its own, so that Word keeps the runs in this order
		DocxLayout.run(paragraph, "", NUMBER_FONT, NOTE_SIZE, false, null)
			.getCTR()
			.addNewFldChar()
			.setFldCharType(STFldCharType.BEGIN);
		DocxLayout.run(paragraph, "", NUMBER_FONT, NOTE_SIZE, false, null)
			.getCTR()
			.addNewInstrText()
			.setStringValue("PAGE");
		DocxLayout.run(paragraph, "", NUMBER_FONT, NOTE_SIZE, false, null)
			.getCTR()
			.addNewFldChar()
			.setFldCharType(STFldCharType.SEPARATE);
		DocxLayout.run(paragraph, "1", NUMBER_FONT, NOTE_SIZE, false, null);
		DocxLayout.run(paragraph, "", NUMBER_FONT, NOTE_SIZE, false, null)
			.getCTR()
			.addNewFldChar()
			.setFldCharType(STFldCharType.END);
		DocxLayout.run(paragraph, " —", NUMBER_FONT, NOTE_SIZE, false, null);
	}

}
