package org.ducha.node.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import static org.ducha.node.document.Gbt9704.BODY_SIZE;
import static org.ducha.node.document.Gbt9704.LEFT;
import static org.ducha.node.document.Gbt9704.LINE_PITCH;
import static org.ducha.node.document.Gbt9704.MM;
import static org.ducha.node.document.Gbt9704.NOTE_SIZE;
import static org.ducha.node.document.Gbt9704.ORGAN_SIZE;
import static org.ducha.node.document.Gbt9704.TEXT_WIDTH;
import static org.ducha.node.document.Gbt9704.TITLE_SIZE;

/**
 * Writes an official document as PDF: the red head (organ, number, separator line), the
 * title, addressees, body, signature and date, and the copies, set line by line on A4
 * pages in the embedded CJK font.
 */
final class PdfLayout {

	static final Color RED = new Color(0xFF, 0, 0);

	private PdfLayout() {
	}

	static byte[] write(OfficialDocument document, byte[] cjk, byte[] latin) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			describe(pdf, document);
			PdfFont font = PdfFont.load(pdf, cjk, latin);
			try (PdfPages pages = new PdfPages(pdf, font)) {
				head(pages, document);
				centred(pages, document.title(), TITLE_SIZE, Color.BLACK);
				pages.skip(LINE_PITCH);
				if (!document.addressees().isEmpty()) {
					lines(pages, String.join("，", document.addressees()) + "：", 0, BODY_SIZE);
				}
				PdfBody.write(pages, document.body());
				closing(pages, document);
				copiesTo(pages, document.copiesTo());
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the document as PDF", ex);
		}
	}

	private static void describe(PDDocument pdf, OfficialDocument document) {
		PDDocumentInformation information = pdf.getDocumentInformation();
		information.setTitle(document.title());
		information.setAuthor(document.issuingOrgan());
		information.setCreator("Ducha");
		information.setCreationDate(Calendar.getInstance());
	}

	/** 版头: the organ in red, the number, the red line 4 mm below it, two lines free. */
	private static void head(PdfPages pages, OfficialDocument document) {
		PdfFont font = pages.font();
		String organ = font.drawable(document.issuingOrgan());
		float size = Math.min(ORGAN_SIZE, TEXT_WIDTH / Math.max(1f, font.width(organ, 1)));
		pages.line(organ, LEFT + (TEXT_WIDTH - font.width(organ, size)) / 2, size, ORGAN_SIZE * 1.4f, RED);
		pages.skip(LINE_PITCH);
		String number = font.drawable((document.number() != null) ? document.number() : "");
		pages.line(number, LEFT + (TEXT_WIDTH - font.width(number, BODY_SIZE)) / 2, BODY_SIZE, LINE_PITCH, Color.BLACK);
		float rule = pages.cursor() + (LINE_PITCH - BODY_SIZE * 0.7f) / 2 - BODY_SIZE * 0.15f - 4 * MM;
		pages.rule(LEFT, rule, LEFT + TEXT_WIDTH, rule, 1.5f, RED);
		pages.skip(2 * LINE_PITCH);
	}

	/** Text centred line by line, e.g. the title. */
	static void centred(PdfPages pages, String text, float size, Color color) {
		PdfFont font = pages.font();
		for (String line : LineBreaker.lines(font.drawable(text), TEXT_WIDTH, piece -> font.width(piece, size))) {
			pages.line(line, LEFT + (TEXT_WIDTH - font.width(line, size)) / 2, size, Math.max(LINE_PITCH, size * 1.3f),
					color);
		}
	}

	/**
	 * Text flush left over the text width, its first line indented.
	 * @param indent the first line's indent in characters
	 */
	static void lines(PdfPages pages, String text, int indent, float size) {
		PdfFont font = pages.font();
		float first = indent * size;
		List<String> lines = LineBreaker.lines(font.drawable(text), TEXT_WIDTH - first, TEXT_WIDTH,
				piece -> font.width(piece, size));
		for (int i = 0; i < lines.size(); i++) {
			pages.line(lines.get(i), LEFT + ((i == 0) ? first : 0), size, LINE_PITCH, Color.BLACK);
		}
	}

	/**
	 * 落款 centred over 成文日期, the date four characters in from the right; kept together.
	 */
	private static void closing(PdfPages pages, OfficialDocument document) {
		PdfFont font = pages.font();
		String signature = font.drawable(document.signature());
		String date = document.writtenDate();
		pages.skip(LINE_PITCH);
		pages.ensureRoom(2 * LINE_PITCH);
		float dateRight = LEFT + TEXT_WIDTH - 4 * BODY_SIZE;
		float dateWidth = font.width(date, BODY_SIZE);
		float centre = dateRight - dateWidth / 2;
		float signatureWidth = Math.min(font.width(signature, BODY_SIZE), TEXT_WIDTH);
		float signatureX = Math.min(centre - signatureWidth / 2, LEFT + TEXT_WIDTH - signatureWidth);
		pages.line(signature, Math.max(LEFT, signatureX), BODY_SIZE, LINE_PITCH, Color.BLACK);
		if (!date.isEmpty()) {
			pages.line(date, dateRight - dateWidth, BODY_SIZE, LINE_PITCH, Color.BLACK);
		}
	}

	/** 版记: the copies between two rules, in 4号 type, one character in on each side. */
	private static void copiesTo(PdfPages pages, List<String> copies) {
		if (copies.isEmpty()) {
			return;
		}
		PdfFont font = pages.font();
		List<String> lines = LineBreaker.lines(font.drawable("抄送：" + String.join("，", copies) + "。"),
				TEXT_WIDTH - 2 * NOTE_SIZE, piece -> font.width(piece, NOTE_SIZE));
		float height = NOTE_SIZE * 1.6f;
		pages.skip(LINE_PITCH);
		pages.ensureRoom(lines.size() * height + 2);
		pages.rule(LEFT, pages.cursor(), LEFT + TEXT_WIDTH, pages.cursor(), 0.75f, Color.BLACK);
		for (String line : lines) {
			pages.line(line, LEFT + NOTE_SIZE, NOTE_SIZE, height, Color.BLACK);
		}
		pages.rule(LEFT, pages.cursor(), LEFT + TEXT_WIDTH, pages.cursor(), 0.75f, Color.BLACK);
	}

}
