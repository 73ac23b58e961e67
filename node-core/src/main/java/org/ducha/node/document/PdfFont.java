package org.ducha.node.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF, each embedded as a subset of the glyphs the document uses: the
 * CJK font for Chinese, and a Latin font for what the CJK font lacks (it has no Latin
 * letters, digits or Western punctuation such as the em dash). Text is split into runs by
 * the font that draws each character, and cleaned of characters neither font has (they
 * would make PDFBox refuse the whole document).
 */
final class PdfFont {

	/** Below the CJK blocks the Latin font draws a character when it can. */
	private static final int CJK_START = 0x2E80;

	private static final char MISSING = '□';

	private final Face cjk;

	private final Face latin;

	private PdfFont(Face cjk, Face latin) {
		this.cjk = cjk;
		this.latin = latin;
	}

	/**
	 * Loads the fonts into a document; the document closes them after saving.
	 * @param document the PDF
	 * @param cjk the CJK TrueType file
	 * @param latin the Latin TrueType file
	 * @return the fonts, to be subset when the document is saved
	 */
	static PdfFont load(PDDocument document, byte[] cjk, byte[] latin) {
		return new PdfFont(Face.load(document, cjk), Face.load(document, latin));
	}

	PDType0Font cjk() {
		return this.cjk.font();
	}

	/**
	 * The text with every character neither font can draw replaced by a space (control
	 * characters other than a newline) or a white square (the rest), so a stray character
	 * never fails a document.
	 * @param text any text
	 * @return text the fonts can draw
	 */
	String drawable(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (codePoint == '\n') {
				clean.append('\n');
			}
			else if (Character.isISOControl(codePoint)) {
				clean.append(' ');
			}
			else if (face(codePoint) != null) {
				clean.appendCodePoint(codePoint);
			}
			else {
				clean.append(MISSING);
			}
		});
		return clean.toString();
	}

	/**
	 * Drawable text split where the font changes.
	 * @param text text from {@link #drawable(String)}
	 * @return the runs in order, each with its font
	 */
	List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		Face current = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			Face face = face(codePoint);
			if (face == null) {
				face = this.latin;
				codePoint = MISSING;
			}
			if (face != current && !run.isEmpty()) {
				runs.add(new Run(run.toString(), current.font()));
				run.setLength(0);
			}
			current = face;
			run.appendCodePoint(codePoint);
			i += Character.charCount(text.codePointAt(i));
		}
		if (!run.isEmpty()) {
			runs.add(new Run(run.toString(), current.font()));
		}
		return runs;
	}

	/**
	 * The width of drawable text.
	 * @param text text from {@link #drawable(String)}
	 * @param size the font size in points
	 * @return its width in points
	 */
	float width(String text, float size) {
		float width = 0;
		for (Run run : runs(text)) {
			try {
				width += run.font().getStringWidth(run.text()) / 1000f * size;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return width;
	}

	private Face face(int codePoint) {
		if (codePoint < CJK_START && this.latin.has(codePoint)) {
			return this.latin;
		}
		if (this.cjk.has(codePoint)) {
			return this.cjk;
		}
		return this.latin.has(codePoint) ? this.latin : null;
	}

	/**
	 * A piece of text in one font.
	 *
	 * @param text the text
	 * @param font the font that draws all of it
	 */
	record Run(String text, PDType0Font font) {
	}

	private record Face(PDType0Font font, CmapLookup cmap) {

		static Face load(PDDocument document, byte[] ttf) {
			try {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
				return new Face(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not load a font to embed", ex);
			}
		}

		boolean has(int codePoint) {
			return this.cmap.getGlyphId(codePoint) != 0;
		}

	}

}
