package org.ducha.node.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The returns of reports held at this node.
 */
@Repository
class ReportReturnStore {

	private static final String COLUMNS = "report_id, assignment_id, task_id, returned_by, returned_at, reason, "
			+ "answered_by";

	private final JdbcClient jdbc;

	ReportReturnStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a return unless one of the report is held; whether it was new. */
	boolean insertIfAbsent(ReportReturn returned) {
		return this.jdbc.sql("INSERT IGNORE INTO report_return (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(returned.reportId(), returned.assignmentId(), returned.taskId(), returned.returnedBy(),
					Timestamp.from(returned.returnedAt()), returned.reason(), returned.answeredBy())
			.update() == 1;
	}

	Optional<ReportReturn> of(String reportId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_return WHERE report_id = ?")
			.param(reportId)
			.query(ReportReturnStore::row)
			.optional();
	}

	/** The return of an assignment's report still waiting for its resubmission. */
	Optional<ReportReturn> unanswered(String assignmentId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM report_return WHERE assignment_id = ? AND answered_by IS NULL "
					+ "ORDER BY returned_at DESC LIMIT 1")
			.param(assignmentId)
			.query(ReportReturnStore::row)
			.optional();
	}

	List<ReportReturn> ofReports(Collection<String> reportIds) {
		if (reportIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_return WHERE report_id IN (:ids)")
			.param("ids", reportIds)
			.query(ReportReturnStore::row)
			.list();
	}

	/** Records the resubmission of a returned report, unless one is recorded. */
	void answer(String reportId, String answerId) {
		this.jdbc.sql("UPDATE report_return SET answered_by = ? WHERE report_id = ? AND answered_by IS NULL")
			.params(answerId, reportId)
			.update();
	}

	/**
	 * Returns made at the given node's tasks about reports of other nodes, after a key
	 * (re-sync).
	 */
	List<ReportReturn> intoNodes(Collection<String> nodes, String afterId, int limit) {
		return this.jdbc.sql("SELECT " + prefixed()
				+ " FROM report_return r JOIN assignment a ON a.id = r.assignment_id "
				+ "JOIN task t ON t.id = r.task_id WHERE a.unit_node IN (:nodes) AND t.issuing_node NOT IN (:nodes) "
				+ "AND r.report_id > :after ORDER BY r.report_id LIMIT :limit")
			.param("nodes", nodes)
			.param("after", afterId)
			.param("limit", limit)
			.query(ReportReturnStore::row)
			.list();
	}

	private static String prefixed() {
		return "r." + COLUMNS.replace(", ", ", r.");
	}

	private static ReportReturn row(ResultSet rs, int row) throws SQLException {
		return new ReportReturn(rs.getString("report_id"), rs.getString("assignment_id"), rs.getString("task_id"),
				rs.getString("returned_by"), rs.getTimestamp("returned_at").toInstant(), rs.getString("reason"),
				rs.getString("answered_by"));
	}

}
