package org.ducha.node.document;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of a PDF and the place where the next line goes: text and rules drawn at the
 * cursor, a new A4 page when the text area is full, and at the end the page numbers ("— 1
 * —", on the right of odd pages and the left of even ones, 7 mm below the text area).
 */
final class PdfPages implements AutoCloseable {

	private final PDDocument document;

	private final PdfFont font;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream content;

	/** The top of the next line, from the page's bottom edge. */
	private float cursor;

	PdfPages(PDDocument document, PdfFont font) {
		this.document = document;
		this.font = font;
		newPage();
	}

	PdfFont font() {
		return this.font;
	}

	float cursor() {
		return this.cursor;
	}

	/** Room left above the text area's lower edge. */
	float room() {
		return this.cursor - Gbt9704.BOTTOM;
	}

	/** Starts a new page unless the given height still fits on this one. */
	void ensureRoom(float height) {
		if (height > room() && this.cursor < Gbt9704.PAGE_HEIGHT - Gbt9704.TOP) {
			newPage();
		}
	}

	void newPage() {
		closeContent();
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.pages.add(page);
		try {
			this.content = new PDPageContentStream(this.document, page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.cursor = Gbt9704.PAGE_HEIGHT - Gbt9704.TOP;
	}

	/** Moves the cursor down without drawing. */
	void skip(float height) {
		this.cursor -= height;
	}

	/**
	 * Draws one line of text in a line box of the given height at the cursor, then moves
	 * below it, starting a new page first when the box does not fit.
	 */
	void line(String text, float x, float size, float height, Color color) {
		ensureRoom(height);
		text(text, x, this.cursor - (height + size * 0.7f) / 2, size, color);
		this.cursor -= height;
	}

	/** Draws text with its baseline at y, without moving the cursor. */
	void text(String text, float x, float baseline, float size, Color color) {
		if (text.isEmpty()) {
			return;
		}
		try {
			show(this.content, text, x, baseline, size, color);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Draws a horizontal or vertical rule. */
	void rule(float x1, float y1, float x2, float y2, float width, Color color) {
		try {
			this.content.setStrokingColor(color);
			this.content.setLineWidth(width);
			this.content.moveTo(x1, y1);
			this.content.lineTo(x2, y2);
			this.content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fills a rectangle, e.g. a table's header row. */
	void fill(float x, float y, float width, float height, Color color) {
		try {
			this.content.setNonStrokingColor(color);
			this.content.addRect(x, y, width, height);
			this.content.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Numbers every page, then closes the last page's content. */
	@Override
	public void close() {
		closeContent();
		for (int i = 0; i < this.pages.size(); i++) {
			int number = i + 1;
			String text = Gbt9704.pageNumber(number);
			float width = this.font.width(text, Gbt9704.NOTE_SIZE);
			boolean odd = number % 2 == 1;
			float x = odd ? Gbt9704.PAGE_WIDTH - Gbt9704.RIGHT - Gbt9704.NOTE_SIZE - width
					: Gbt9704.LEFT + Gbt9704.NOTE_SIZE;
			float baseline = Gbt9704.BOTTOM - Gbt9704.PAGE_NUMBER_DROP - Gbt9704.NOTE_SIZE * 0.8f;
			try (PDPageContentStream footer = new PDPageContentStream(this.document, this.pages.get(i),
					PDPageContentStream.AppendMode.APPEND, true)) {
				show(footer, text, x, baseline, Gbt9704.NOTE_SIZE, Color.BLACK);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** One text object, switching fonts where a run of Chinese meets one of Latin. */
	private void show(PDPageContentStream stream, String text, float x, float baseline, float size, Color color)
			throws IOException {
		stream.beginText();
		stream.setNonStrokingColor(color);
		stream.newLineAtOffset(x, baseline);
		for (PdfFont.Run run : this.font.runs(text)) {
			stream.setFont(run.font(), size);
			stream.showText(run.text());
		}
		stream.endText();
	}

	private void closeContent() {
		if (this.content != null) {
			try {
				this.content.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.content = null;
		}
	}

}
