package org.ducha.node.ledger;

import java.util.Map;

/**
 * One non-empty row of a task list as read: its number as the spreadsheet shows it and
 * the text of its cells (trimmed; dates as {@code yyyy-MM-dd}).
 *
 * @param number the row number, from 1
 * @param cells the cells by column; a blank cell is absent
 */
record SheetRow(int number, Map<ImportColumn, String> cells) {

	SheetRow {
		cells = Map.copyOf(cells);
	}

	String get(ImportColumn column) {
		return this.cells.get(column);
	}

}
