package org.ducha.node.task.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.TaskFilter;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskStatus;

/**
 * The filters of {@code GET /api/v1/tasks}, shared by the ledger export; each invalid one
 * is named in one 400.
 */
public final class TaskListParameters {

	private static final Set<String> LIGHTS = Set.of("GREEN", "YELLOW", "RED");

	private TaskListParameters() {
	}

	/**
	 * The filter, checked.
	 * @throws InvalidRequestException naming every invalid parameter
	 */
	public static TaskFilter filter(TaskStatus status, TaskSource source, String unitCode, String light, String q,
			LocalDate deadlineFrom, LocalDate deadlineTo) {
		List<String> problems = new ArrayList<>();
		String unit = blankToNull(unitCode);
		String text = blankToNull(q);
		String lit = blankToNull(light);
		if (unit != null && unit.length() > 64) {
			problems.add("unitCode: at most 64 characters");
		}
		if (text != null && text.length() > 100) {
			problems.add("q: at most 100 characters");
		}
		if (lit != null && !LIGHTS.contains(lit)) {
			problems.add("light: one of GREEN, YELLOW, RED");
		}
		if (deadlineFrom != null && deadlineTo != null && deadlineFrom.isAfter(deadlineTo)) {
			problems.add("deadlineFrom: " + deadlineFrom + " is after deadlineTo " + deadlineTo);
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(String.join("; ", problems));
		}
		return new TaskFilter(status, source, unit, lit, text, deadlineFrom, deadlineTo);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
