package org.ducha.node.document;

import java.util.List;
import java.util.Objects;

/**
 * One block of an official document's body: a heading, a paragraph or a table.
 */
public sealed interface DocumentBlock permits DocumentBlock.Heading, DocumentBlock.Paragraph, DocumentBlock.Table {

	/**
	 * A heading inside the body (一、 … （一） …), in bold (黑体) type.
	 *
	 * @param text the heading with its number, e.g. "一、基本情况"
	 */
	record Heading(String text) implements DocumentBlock {

		public Heading {
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * A paragraph of body text, its first line indented by two characters.
	 *
	 * @param text the paragraph
	 */
	record Paragraph(String text) implements DocumentBlock {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * A table with a header row; cells wrap, and a row shorter than the header is filled
	 * with empty cells.
	 *
	 * @param header the column names
	 * @param rows the rows, each a list of cells
	 */
	record Table(List<String> header, List<List<String>> rows) implements DocumentBlock {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(row -> row.stream().map(cell -> (cell != null) ? cell : "").toList()).toList();
		}

		/**
		 * The cell at a row and column, empty where the row is short.
		 * @param row the row index
		 * @param column the column index
		 * @return the cell text, never {@code null}
		 */
		public String cell(int row, int column) {
			List<String> cells = this.rows.get(row);
			return (column < cells.size()) ? cells.get(column) : "";
		}

	}

}
