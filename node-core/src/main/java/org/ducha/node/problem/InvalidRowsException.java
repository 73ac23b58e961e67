package org.ducha.node.problem;

import java.util.List;

/**
 * Tabular input (a spreadsheet) with rows that break the rules: every problem found, each
 * with its row and column, so the author can fix them all at once.
 */
public class InvalidRowsException extends InvalidRequestException {

	private final List<RowProblem> problems;

	public InvalidRowsException(String message, List<RowProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public List<RowProblem> problems() {
		return this.problems;
	}

	/**
	 * One problem of one cell or row.
	 *
	 * @param row the row number as the spreadsheet shows it (from 1)
	 * @param column the column's header
	 * @param message what is wrong
	 */
	public record RowProblem(int row, String column, String message) {
	}

}
