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

		private static final String NUMERALS = "一二三四五六七八九十";

		public Heading {
			Objects.requireNonNull(text, "text");
		}

		/**
		 * A first-level heading with its Chinese number.
		 * @param number from 1
		 * @param text the heading without number
		 * @return e.g. "一、基本情况"
		 */
		public static Heading numbered(int number, String text) {
			return new Heading(numeral(number) + "、" + text);
		}

		/**
		 * A second-level heading with its Chinese number in parentheses.
		 * @param number from 1
		 * @param text the heading without number
		 * @return e.g. "（一）报送情况"
		 */
		public static Heading subNumbered(int number, String text) {
			return new Heading("（" + numeral(number) + "）" + text);
		}

		/** 一 … 十, 十一 … 九十九; a larger number in Arabic numerals. */
		static String numeral(int number) {
			if (number < 1 || number > 99) {
				return String.valueOf(number);
			}
			int tens = number / 10;
			int units = number % 10;
			String text = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(NUMERALS.charAt(tens - 1))) + "十";
			return text + ((units == 0) ? "" : String.valueOf(NUMERALS.charAt(units - 1)));
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
