package org.ducha.node.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

import org.ducha.node.NodeIdentity;
import org.ducha.node.task.TaskSource;

/**
 * Which tasks a summary counts: of one source, issued within a window of days
 * (Asia/Shanghai, both ends included); every part may be absent.
 *
 * @param source the source, or null for all
 * @param issuedFrom the first day of issue, or null
 * @param issuedTo the last day of issue, or null
 */
public record TaskFilter(TaskSource source, LocalDate issuedFrom, LocalDate issuedTo) {

	/** No filter. */
	public static final TaskFilter NONE = new TaskFilter(null, null, null);

	/** The SQL conditions on a task table alias, each starting with AND. */
	String conditions(String alias) {
		StringBuilder sql = new StringBuilder();
		if (this.source != null) {
			sql.append(" AND ").append(alias).append(".source = :filterSource");
		}
		if (this.issuedFrom != null) {
			sql.append(" AND COALESCE(")
				.append(alias)
				.append(".issued_at, ")
				.append(alias)
				.append(".created_at) >= :filterFrom");
		}
		if (this.issuedTo != null) {
			sql.append(" AND COALESCE(")
				.append(alias)
				.append(".issued_at, ")
				.append(alias)
				.append(".created_at) < :filterUntil");
		}
		return sql.toString();
	}

	void bind(Map<String, Object> params) {
		if (this.source != null) {
			params.put("filterSource", this.source.name());
		}
		if (this.issuedFrom != null) {
			params.put("filterFrom", startOf(this.issuedFrom));
		}
		if (this.issuedTo != null) {
			params.put("filterUntil", startOf(this.issuedTo.plusDays(1)));
		}
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(NodeIdentity.ZONE).toInstant());
	}

}
