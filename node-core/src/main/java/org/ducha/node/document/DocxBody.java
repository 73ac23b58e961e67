package org.ducha.node.document;

import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import static org.ducha.node.document.Gbt9704.BODY_FONT;
import static org.ducha.node.document.Gbt9704.BODY_SIZE;
import static org.ducha.node.document.Gbt9704.HEADING_FONT;
import static org.ducha.node.document.Gbt9704.TABLE_SIZE;

/**
 * The body of a Word document: headings in 黑体 or 楷体, paragraphs in 仿宋 with a
 * two-character first-line indent, and tables with a bold header row that repeats on each
 * page.
 */
final class DocxBody {

	private DocxBody() {
	}

	static void write(XWPFDocument docx, List<DocumentBlock> blocks) {
		for (DocumentBlock block : blocks) {
			if (block instanceof DocumentBlock.Heading heading) {
				DocxLayout.run(indented(docx), heading.text(), DocxLayout.headingFont(heading.text()), BODY_SIZE, false,
						null);
			}
			else if (block instanceof DocumentBlock.Paragraph text) {
				DocxLayout.run(indented(docx), text.text(), BODY_FONT, BODY_SIZE, false, null);
			}
			else if (block instanceof DocumentBlock.Table table) {
				table(docx, table);
			}
		}
	}

	private static XWPFParagraph indented(XWPFDocument docx) {
		XWPFParagraph paragraph = DocxLayout.paragraph(docx, ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(DocxLayout.twips(2 * BODY_SIZE).intValue());
		return paragraph;
	}

	private static void table(XWPFDocument docx, DocumentBlock.Table table) {
		int columns = table.header().size();
		XWPFTable grid = docx.createTable(table.rows().size() + 1, columns);
		grid.setWidth("100%");
		grid.setWidthType(TableWidthType.PCT);
		grid.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow header = grid.getRow(0);
		header.setRepeatHeader(true);
		for (int column = 0; column < columns; column++) {
			cell(header.getCell(column), table.header().get(column), true);
		}
		for (int row = 0; row < table.rows().size(); row++) {
			XWPFTableRow cells = grid.getRow(row + 1);
			cells.setCantSplitRow(true);
			for (int column = 0; column < columns; column++) {
				cell(cells.getCell(column), table.cell(row, column), false);
			}
		}
		DocxLayout.blank(docx);
	}

	private static void cell(XWPFTableCell cell, String text, boolean header) {
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingBetween(TABLE_SIZE * 1.5, LineSpacingRule.EXACT);
		paragraph.setSpacingAfter(0);
		DocxLayout.run(paragraph, text, header ? HEADING_FONT : BODY_FONT, TABLE_SIZE, false, null);
		if (header) {
			cell.setColor("F2F2F2");
		}
	}

}
