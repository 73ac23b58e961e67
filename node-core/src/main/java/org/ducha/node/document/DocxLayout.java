package org.ducha.node.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import static org.ducha.node.document.Gbt9704.BODY_FONT;
import static org.ducha.node.document.Gbt9704.BODY_SIZE;
import static org.ducha.node.document.Gbt9704.HEADING_FONT;
import static org.ducha.node.document.Gbt9704.NOTE_SIZE;
import static org.ducha.node.document.Gbt9704.ORGAN_SIZE;
import static org.ducha.node.document.Gbt9704.RED;
import static org.ducha.node.document.Gbt9704.SUBHEADING_FONT;
import static org.ducha.node.document.Gbt9704.TITLE_FONT;
import static org.ducha.node.document.Gbt9704.TITLE_SIZE;

/**
 * Writes an official document as Word (.docx): the page, the red head, the title,
 * addressees, body, signature and date, the copies, and the page numbers, each run naming
 * the Chinese typeface the standard asks for (the office's machine has them).
 */
final class DocxLayout {

	private DocxLayout() {
	}

	static byte[] write(OfficialDocument document) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx);
			head(docx, document);
			XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER);
			run(title, document.title(), TITLE_FONT, TITLE_SIZE, false, null);
			blank(docx);
			if (!document.addressees().isEmpty()) {
				run(paragraph(docx, ParagraphAlignment.LEFT), String.join("，", document.addressees()) + "：", BODY_FONT,
						BODY_SIZE, false, null);
			}
			DocxBody.write(docx, document.body());
			closing(docx, document);
			DocxFurniture.copiesTo(docx, document.copiesTo());
			DocxFurniture.pageNumbers(docx);
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the document as Word", ex);
		}
	}

	/** A4 with the standard's margins. */
	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(twips(Gbt9704.PAGE_WIDTH));
		size.setH(twips(Gbt9704.PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(Gbt9704.TOP));
		margins.setLeft(twips(Gbt9704.LEFT));
		margins.setRight(twips(Gbt9704.RIGHT));
		margins.setBottom(twips(Gbt9704.BOTTOM));
		margins.setHeader(twips(15 * Gbt9704.MM));
		margins.setFooter(twips(Gbt9704.BOTTOM - Gbt9704.PAGE_NUMBER_DROP - NOTE_SIZE));
	}

	/** 版头: the organ in red, the number below it, and the red separator line. */
	private static void head(XWPFDocument docx, OfficialDocument document) {
		XWPFParagraph organ = paragraph(docx, ParagraphAlignment.CENTER);
		organ.setSpacingBetween(ORGAN_SIZE * 1.4, LineSpacingRule.EXACT);
		run(organ, document.issuingOrgan(), TITLE_FONT, organSize(document.issuingOrgan()), false, RED);
		blank(docx);
		XWPFParagraph number = paragraph(docx, ParagraphAlignment.CENTER);
		run(number, (document.number() != null) ? document.number() : "", BODY_FONT, BODY_SIZE, false, null);
		CTBorder line = number.getCTP().getPPr().addNewPBdr().addNewBottom();
		line.setVal(STBorder.SINGLE);
		line.setSz(BigInteger.valueOf(12));
		line.setSpace(BigInteger.valueOf(11));
		line.setColor(RED);
		blank(docx);
	}

	/** 落款 centred over 成文日期, the date four characters in from the right. */
	private static void closing(XWPFDocument docx, OfficialDocument document) {
		blank(docx);
		String date = document.writtenDate();
		float dateWidth = Widths.of(date) * BODY_SIZE;
		float signatureWidth = Widths.of(document.signature()) * BODY_SIZE;
		float dateIndent = 4 * BODY_SIZE;
		float signatureIndent = Math.max(0, dateIndent + (dateWidth - signatureWidth) / 2);
		XWPFParagraph signature = paragraph(docx, ParagraphAlignment.RIGHT);
		signature.setIndentationRight(twips(signatureIndent).intValue());
		run(signature, document.signature(), BODY_FONT, BODY_SIZE, false, null);
		if (!date.isEmpty()) {
			XWPFParagraph written = paragraph(docx, ParagraphAlignment.RIGHT);
			written.setIndentationRight(twips(dateIndent).intValue());
			run(written, date, BODY_FONT, BODY_SIZE, false, null);
		}
	}

	static float organSize(String organ) {
		return Math.min(ORGAN_SIZE, Gbt9704.TEXT_WIDTH / Math.max(1f, Widths.of(organ)));
	}

	static XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(Gbt9704.LINE_PITCH, LineSpacingRule.EXACT);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(0);
		return paragraph;
	}

	static void blank(XWPFDocument docx) {
		paragraph(docx, ParagraphAlignment.LEFT);
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, String eastAsianFont, float size, boolean bold,
			String color) {
		XWPFRun run = paragraph.createRun();
		if (!text.isEmpty()) {
			run.setText(text);
		}
		run.setFontFamily(Gbt9704.LATIN_FONT, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(Gbt9704.LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
		run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
		if (color != null) {
			run.setColor(color);
		}
		return run;
	}

	static String headingFont(String heading) {
		return Gbt9704.isSubheading(heading) ? SUBHEADING_FONT : HEADING_FONT;
	}

	static BigInteger twips(float points) {
		return BigInteger.valueOf(Math.round(points * 20));
	}

}
