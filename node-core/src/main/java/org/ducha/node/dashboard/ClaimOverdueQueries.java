package org.ducha.node.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claim-overdue assignments of a dashboard's scope (签收超时, docs/business-rules.md
 * §6.7): still waiting to be signed after their signing limit, on a task being worked on.
 * Lead and co-units alike: every unit signs for its assignment.
 */
@Repository
class ClaimOverdueQueries {

	private static final String CLAIM_OVERDUE = "a.status = 'PENDING_SIGN' AND a.sign_by < :today "
			+ "AND t.status IN ('ISSUED', 'IN_PROGRESS')";

	private final JdbcClient jdbc;

	ClaimOverdueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many assignments of the scope, on tasks the filter keeps, are claim-overdue.
	 */
	long count(DashboardScope scope, TaskFilter filter, LocalDate today) {
		Map<String, Object> params = params(scope, today);
		filter.bind(params);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM assignment a JOIN task t ON t.id = a.task_id WHERE " + scope.condition("a")
					+ " AND " + CLAIM_OVERDUE + filter.conditions("t"))
			.params(params)
			.query(Long.class)
			.single();
	}

	/** A page of them, the one whose limit passed first first. */
	List<Row> page(DashboardScope scope, LocalDate today, int limit, long offset) {
		Map<String, Object> params = params(scope, today);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql("SELECT a.id, a.task_id, t.number, t.title, a.unit_code, a.unit_node, a.role, a.sign_by "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE " + scope.condition("a") + " AND "
					+ CLAIM_OVERDUE + " ORDER BY a.sign_by, a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> new Row(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
					rs.getString("title"), rs.getString("unit_code"), rs.getString("unit_node"), rs.getString("role"),
					rs.getDate("sign_by").toLocalDate()))
			.list();
	}

	private static Map<String, Object> params(DashboardScope scope, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		params.put("today", Date.valueOf(today));
		return params;
	}

	record Row(String assignmentId, String taskId, String taskNumber, String taskTitle, String unitCode,
			String unitNode, String role, LocalDate signBy) {
	}

}
