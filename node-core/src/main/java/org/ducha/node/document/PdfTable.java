package org.ducha.node.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static org.ducha.node.document.Gbt9704.LEFT;
import static org.ducha.node.document.Gbt9704.LINE_PITCH;
import static org.ducha.node.document.Gbt9704.TABLE_SIZE;
import static org.ducha.node.document.Gbt9704.TEXT_WIDTH;

/**
 * A table in a PDF: columns as wide as their content allows within the text width, cells
 * that wrap, rows that never split, and the header row repeated at the top of each page
 * the table runs onto.
 */
final class PdfTable {

	private static final float PADDING = 4f;

	private static final float LEADING = TABLE_SIZE * 1.35f;

	private static final Color HEADER_FILL = new Color(0xF2, 0xF2, 0xF2);

	private PdfTable() {
	}

	static void draw(PdfPages pages, DocumentBlock.Table table) {
		PdfFont font = pages.font();
		int columns = table.header().size();
		if (columns == 0) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(table.header().stream().map(font::drawable).toList());
		for (int row = 0; row < table.rows().size(); row++) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < columns; column++) {
				cells.add(font.drawable(table.cell(row, column)));
			}
			rows.add(cells);
		}
		float[] widths = widths(font, rows, columns);
		List<List<String>> header = wrap(font, rows.get(0), widths);
		pages.skip(LINE_PITCH / 4);
		// never a header alone at the foot of a page
		pages.ensureRoom(height(header) + ((rows.size() > 1) ? height(wrap(font, rows.get(1), widths)) : 0));
		row(pages, header, widths, true);
		for (List<String> cells : rows.subList(1, rows.size())) {
			List<List<String>> wrapped = wrap(font, cells, widths);
			if (height(wrapped) > pages.room()) {
				pages.newPage();
				row(pages, header, widths, true);
			}
			row(pages, wrapped, widths, false);
		}
		pages.skip(LINE_PITCH / 2);
	}

	/**
	 * Column widths: each column's widest cell, scaled to fill the text width. When the
	 * content is wider than the page, each column keeps its widest cell up to eight
	 * characters (a unit's name stays on one line) and its header, and the rest of the
	 * width goes to the columns with longer text, in proportion to how much longer.
	 */
	static float[] widths(PdfFont font, List<List<String>> rows, int columns) {
		float[] natural = new float[columns];
		float[] minimum = new float[columns];
		float cap = 8 * TABLE_SIZE + 2 * PADDING;
		for (int column = 0; column < columns; column++) {
			for (List<String> row : rows) {
				natural[column] = Math.max(natural[column], font.width(row.get(column), TABLE_SIZE) + 2 * PADDING);
			}
			natural[column] = Math.max(natural[column], 2 * TABLE_SIZE + 2 * PADDING);
			float header = font.width(rows.get(0).get(column), TABLE_SIZE) + 2 * PADDING;
			minimum[column] = Math.min(natural[column], Math.max(cap, Math.min(header, TEXT_WIDTH / columns)));
		}
		float total = sum(natural);
		float[] widths = new float[columns];
		if (total <= TEXT_WIDTH) {
			for (int column = 0; column < columns; column++) {
				widths[column] = natural[column] * TEXT_WIDTH / total;
			}
			return widths;
		}
		float least = sum(minimum);
		if (least >= TEXT_WIDTH) {
			for (int column = 0; column < columns; column++) {
				widths[column] = minimum[column] * TEXT_WIDTH / least;
			}
			return widths;
		}
		for (int column = 0; column < columns; column++) {
			widths[column] = minimum[column]
					+ (TEXT_WIDTH - least) * (natural[column] - minimum[column]) / (total - least);
		}
		return widths;
	}

	private static float sum(float[] values) {
		float sum = 0;
		for (float value : values) {
			sum += value;
		}
		return sum;
	}

	private static List<List<String>> wrap(PdfFont font, List<String> cells, float[] widths) {
		List<List<String>> wrapped = new ArrayList<>();
		for (int column = 0; column < cells.size(); column++) {
			wrapped.add(LineBreaker.lines(cells.get(column), widths[column] - 2 * PADDING,
					piece -> font.width(piece, TABLE_SIZE)));
		}
		return wrapped;
	}

	private static float height(List<List<String>> cells) {
		int lines = cells.stream().mapToInt(List::size).max().orElse(1);
		return lines * LEADING + 2 * PADDING;
	}

	private static void row(PdfPages pages, List<List<String>> cells, float[] widths, boolean header) {
		float height = height(cells);
		pages.ensureRoom(height);
		float top = pages.cursor();
		float bottom = top - height;
		if (header) {
			pages.fill(LEFT, bottom, TEXT_WIDTH, height, HEADER_FILL);
		}
		PdfFont font = pages.font();
		float x = LEFT;
		for (int column = 0; column < widths.length; column++) {
			List<String> lines = cells.get(column);
			float baseline = top - PADDING - TABLE_SIZE - (height - height(List.of(lines))) / 2;
			for (String line : lines) {
				float width = font.width(line, TABLE_SIZE);
				float offset = (lines.size() == 1) ? (widths[column] - width) / 2 : PADDING;
				pages.text(line, x + offset, baseline + TABLE_SIZE * 0.15f, TABLE_SIZE, Color.BLACK);
				baseline -= LEADING;
			}
			pages.rule(x, top, x, bottom, 0.5f, Color.BLACK);
			x += widths[column];
		}
		pages.rule(LEFT + TEXT_WIDTH, top, LEFT + TEXT_WIDTH, bottom, 0.5f, Color.BLACK);
		pages.rule(LEFT, top, LEFT + TEXT_WIDTH, top, 0.5f, Color.BLACK);
		pages.rule(LEFT, bottom, LEFT + TEXT_WIDTH, bottom, 0.5f, Color.BLACK);
		pages.skip(height);
	}

}
