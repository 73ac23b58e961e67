package org.ducha.node.dashboard.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ducha.node.dashboard.Extent;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.TaskSource;

/**
 * Reads the dashboards' query parameters; a bad one is refused with its name.
 */
final class DashboardParameters {

	static final int MAX_SIZE = 200;

	private DashboardParameters() {
	}

	/** {@code node} or {@code subtree} (any case); null when absent. */
	static Extent scope(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Extent.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("Parameter 'scope' must be node or subtree, not '" + value + "'");
		}
	}

	/** A task source by its name (any case); null when absent. */
	static TaskSource source(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return TaskSource.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String known = Arrays.stream(TaskSource.values()).map(Enum::name).collect(Collectors.joining(", "));
			throw new InvalidRequestException("Parameter 'source' must be one of " + known + ", not '" + value + "'");
		}
	}

	static int page(int page) {
		if (page < 0) {
			throw new InvalidRequestException("Parameter 'page' must be 0 or more, not " + page);
		}
		return page;
	}

	static int size(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("Parameter 'size' must lie between 1 and " + MAX_SIZE + ", not " + size);
		}
		return size;
	}

}
