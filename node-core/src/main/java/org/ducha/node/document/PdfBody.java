package org.ducha.node.document;

import java.util.List;

import static org.ducha.node.document.Gbt9704.BODY_SIZE;

/**
 * The body of a PDF document: headings and paragraphs with a two-character first-line
 * indent, and tables.
 */
final class PdfBody {

	private PdfBody() {
	}

	static void write(PdfPages pages, List<DocumentBlock> blocks) {
		for (DocumentBlock block : blocks) {
			if (block instanceof DocumentBlock.Heading heading) {
				PdfLayout.lines(pages, heading.text(), 2, BODY_SIZE);
			}
			else if (block instanceof DocumentBlock.Paragraph paragraph) {
				PdfLayout.lines(pages, paragraph.text(), 2, BODY_SIZE);
			}
			else if (block instanceof DocumentBlock.Table table) {
				PdfTable.draw(pages, table);
			}
		}
	}

}
