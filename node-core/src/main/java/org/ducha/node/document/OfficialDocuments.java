package org.ducha.node.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Service;

/**
 * Renders official documents as Word or PDF. The features decide what a notice or a
 * bulletin says; this service decides only how it is laid out (GB/T 9704-2012, see
 * docs/business-rules.md §19, "Documents").
 */
@Service
public class OfficialDocuments {

	static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";

	/**
	 * The Latin font that ships inside PDFBox (Liberation Sans, SIL Open Font Licence),
	 * for the letters, digits and Western punctuation the CJK font lacks.
	 */
	static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	/** The font files, read once: each PDF parses and subsets them anew. */
	private volatile byte[] cjk;

	private volatile byte[] latin;

	/**
	 * The document as a file.
	 * @param document what it says
	 * @param format Word or PDF
	 * @return the file's bytes
	 */
	public byte[] render(OfficialDocument document, DocumentFormat format) {
		return switch (format) {
			case DOCX -> DocxLayout.write(document);
			case PDF -> PdfLayout.write(document, cjkFont(), latinFont());
		};
	}

	private byte[] cjkFont() {
		byte[] loaded = this.cjk;
		if (loaded == null) {
			loaded = read(CJK_FONT);
			this.cjk = loaded;
		}
		return loaded;
	}

	private byte[] latinFont() {
		byte[] loaded = this.latin;
		if (loaded == null) {
			loaded = read(LATIN_FONT);
			this.latin = loaded;
		}
		return loaded;
	}

	private static byte[] read(String resource) {
		try (InputStream in = OfficialDocuments.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The font " + resource + " is missing from the build");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
