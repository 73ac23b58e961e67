package org.ducha.node.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.Light;
import org.ducha.node.task.TaskStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' aggregate queries: every one groups in the database and returns a row
 * per group (or per unit), never the rows it counts. Statuses are grouped by their stored
 * names, so a status the lifecycle adds shows up without a change here.
 */
@Repository
class DashboardQueries {

	/** Tasks not being worked on: not yet issued, or no longer. */
	private static final List<String> NOT_LIVE = Stream
		.of(TaskStatus.DRAFT, TaskStatus.PENDING_APPROVAL, TaskStatus.CLOSED, TaskStatus.WITHDRAWN,
				TaskStatus.SUSPENDED)
		.map(Enum::name)
		.toList();

	/** Assignments no longer open: done, or handed back to the issuer. */
	private static final List<String> CLOSED = List.of(AssignmentStatus.COMPLETED.name(),
			AssignmentStatus.RETURNED.name());

	private static final String RETURNED = "'" + AssignmentStatus.RETURNED.name() + "'";

	private static final String COMPLETED = "'" + AssignmentStatus.COMPLETED.name() + "'";

	private static final String LIVE = "t.status NOT IN (:notLive)";

	private static final String OPEN = "a.status NOT IN (:closed)";

	/**
	 * The lead units' assignments answer for their tasks: the lights, the on-time ranking
	 * and the overdue list count them (docs/business-rules.md §6.8).
	 */
	private static final String LEAD = "a.role = 'LEAD'";

	/** A light's place in {@link Light}, from 1; 0 for none yet. */
	private static final String LIGHT_RANK = "(CASE a.light WHEN 'GREEN' THEN 1 WHEN 'YELLOW' THEN 2 "
			+ "WHEN 'RED' THEN 3 ELSE 0 END)";

	/**
	 * The open assignments of the scope with their task and their earliest overdue
	 * unfilled report (by primary key per assignment); the scope's condition follows.
	 */
	private static final String OVERDUE_CANDIDATES = "(SELECT a.id, a.unit_code, a.unit_node, a.status, "
			+ "t.id AS task_id, t.number, t.title, t.deadline, (SELECT MIN(s.due_date) FROM report_slot s "
			+ "WHERE s.assignment_id = a.id AND s.report_id IS NULL AND s.due_date < :today) AS first_due "
			+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE ";

	private static final String IS_OVERDUE = "(x.first_due IS NOT NULL OR x.deadline < :today)";

	/** When an assignment's first overdue date is its deadline rather than a report's. */
	private static final String BY_DEADLINE = "(x.first_due IS NULL OR (x.deadline < :today AND x.deadline < x.first_due))";

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Tasks in the scope, counted by status, source and the worst light of their open
	 * assignments in the scope (when the task is being worked on).
	 */
	List<TaskGroup> taskGroups(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = params(scope, filter);
		return this.jdbc
			.sql("SELECT g.status, g.source, g.worst, COUNT(*) AS n FROM (SELECT t.status, t.source, MAX(CASE WHEN "
					+ OPEN + " AND " + LIVE + " AND " + LEAD + " THEN " + LIGHT_RANK
					+ " ELSE -1 END) AS worst FROM assignment a " + "JOIN task t ON t.id = a.task_id WHERE "
					+ scope.condition("a") + filter.conditions("t")
					+ " GROUP BY a.task_id, t.status, t.source) g GROUP BY g.status, g.source, g.worst")
			.params(params)
			.query((rs, row) -> {
				int worst = rs.getInt("worst");
				return new TaskGroup(rs.getString("status"), rs.getString("source"), worst >= 0,
						(worst > 0) ? Light.values()[worst - 1] : null, rs.getLong("n"));
			})
			.list();
	}

	/**
	 * Assignments in the scope, counted by unit, status, light, whether they are open
	 * (neither completed nor returned, on a task being worked on) and whether they are a
	 * lead unit's.
	 */
	List<AssignmentGroup> assignmentGroups(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = params(scope, filter);
		return this.jdbc
			.sql("SELECT a.unit_code, a.unit_node, a.status, a.light, (" + OPEN + " AND " + LIVE + ") AS is_open, ("
					+ LEAD + ") AS is_lead, COUNT(*) AS n FROM assignment a JOIN task t ON t.id = a.task_id WHERE "
					+ scope.condition("a") + filter.conditions("t")
					+ " GROUP BY a.unit_code, a.unit_node, a.status, a.light, is_open, is_lead")
			.params(params)
			.query((rs, row) -> new AssignmentGroup(rs.getString("unit_code"), rs.getString("unit_node"),
					rs.getString("status"), rs.getString("light"), rs.getBoolean("is_open"), rs.getBoolean("is_lead"),
					rs.getLong("n")))
			.list();
	}

	/**
	 * The units in the scope with a lead assignment held here that was not handed back.
	 */
	Map<String, String> unitsWithAssignments(DashboardScope scope) {
		Map<String, Object> params = params(scope, TaskFilter.NONE);
		return this.jdbc
			.sql("SELECT DISTINCT a.unit_code, a.unit_node FROM assignment a WHERE " + scope.condition("a")
					+ " AND a.status <> " + RETURNED + " AND " + LEAD)
			.params(params)
			.query((rs, row) -> Map.entry(rs.getString("unit_code"), rs.getString("unit_node")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Per unit, the outcome of its lead assignments' report slots due within a window:
	 * filled on time, filled late, or overdue and unfilled (on an open assignment of a
	 * task being worked on). Slots still open and not yet overdue are not counted.
	 */
	Map<String, SlotOutcomes> slotOutcomes(DashboardScope scope, LocalDate from, LocalDate to, LocalDate today) {
		Map<String, Object> params = params(scope, TaskFilter.NONE);
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		params.put("today", Date.valueOf(today));
		return this.jdbc
			.sql("SELECT a.unit_code, SUM(s.report_id IS NOT NULL AND s.on_time) AS on_time, "
					+ "SUM(s.report_id IS NOT NULL AND NOT s.on_time) AS late, SUM(s.report_id IS NULL) AS missing "
					+ "FROM report_slot s JOIN assignment a ON a.id = s.assignment_id JOIN task t ON t.id = a.task_id "
					+ "WHERE s.due_date BETWEEN :from AND :to AND " + scope.condition("a") + " AND " + LEAD
					+ " AND a.status <> " + RETURNED
					+ " AND (s.report_id IS NOT NULL OR (s.due_date < :today AND a.status <> " + COMPLETED + " AND "
					+ LIVE + ")) GROUP BY a.unit_code")
			.params(params)
			.query((rs, row) -> new SlotOutcomes(rs.getString("unit_code"), rs.getLong("on_time"), rs.getLong("late"),
					rs.getLong("missing")))
			.list()
			.stream()
			.collect(Collectors.toMap(SlotOutcomes::unitCode, (outcomes) -> outcomes));
	}

	/**
	 * A page of the open lead assignments with an overdue unfilled report or past their
	 * task's deadline, the one overdue longest first, and how many there are. Each open
	 * assignment in the scope looks up its own slots (by primary key), so the work grows
	 * with the open assignments, not with the history of slots.
	 */
	OverduePage overdue(DashboardScope scope, LocalDate today, int limit, long offset) {
		Map<String, Object> params = params(scope, TaskFilter.NONE);
		params.put("today", Date.valueOf(today));
		params.put("limit", limit);
		params.put("offset", offset);
		long[] total = { 0 };
		List<OverdueRow> rows = this.jdbc.sql("SELECT x.*, " + BY_DEADLINE + " AS by_deadline, CASE WHEN " + BY_DEADLINE
				+ " THEN x.deadline ELSE x.first_due END AS due, COUNT(*) OVER () AS total FROM " + OVERDUE_CANDIDATES
				+ overdueScope(scope) + ") x WHERE " + IS_OVERDUE + " ORDER BY due, x.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				return new OverdueRow(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
						rs.getString("title"), rs.getString("unit_code"), rs.getString("unit_node"),
						rs.getString("status"), rs.getDate("due").toLocalDate(), rs.getBoolean("by_deadline"), 0,
						rs.getDate("deadline").toLocalDate());
			})
			.list();
		if (rows.isEmpty()) {
			// past the last page the window function has no row to tell the total
			total[0] = (offset == 0) ? 0 : this.jdbc
				.sql("SELECT COUNT(*) FROM " + OVERDUE_CANDIDATES + overdueScope(scope) + ") x WHERE " + IS_OVERDUE)
				.params(params)
				.query(Long.class)
				.single();
			return new OverduePage(rows, total[0]);
		}
		Map<String, Long> reports = overdueReports(rows.stream().map(OverdueRow::assignmentId).toList(), today);
		return new OverduePage(
				rows.stream().map((row) -> row.withReports(reports.getOrDefault(row.assignmentId(), 0L))).toList(),
				total[0]);
	}

	/** How many unfilled reports of each assignment are overdue. */
	private Map<String, Long> overdueReports(List<String> assignmentIds, LocalDate today) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT assignment_id, COUNT(*) AS n FROM report_slot WHERE assignment_id IN (:ids) "
					+ "AND report_id IS NULL AND due_date < :today GROUP BY assignment_id")
			.param("ids", assignmentIds)
			.param("today", Date.valueOf(today))
			.query((rs) -> {
				counts.put(rs.getString("assignment_id"), rs.getLong("n"));
			});
		return counts;
	}

	private static String overdueScope(DashboardScope scope) {
		return scope.condition("a") + " AND " + OPEN + " AND " + LIVE + " AND " + LEAD;
	}

	private static Map<String, Object> params(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		filter.bind(params);
		params.put("notLive", NOT_LIVE);
		params.put("closed", CLOSED);
		return params;
	}

	/**
	 * Tasks of one status and source with one worst light.
	 *
	 * @param workedOn whether they are being worked on (have an open assignment)
	 * @param light their worst light; null when not worked on or not lit yet
	 */
	record TaskGroup(String status, String source, boolean workedOn, Light light, long count) {
	}

	record AssignmentGroup(String unitCode, String unitNode, String status, String light, boolean open, boolean lead,
			long count) {
	}

	record SlotOutcomes(String unitCode, long onTime, long late, long missing) {
	}

	record OverdueRow(String assignmentId, String taskId, String taskNumber, String taskTitle, String unitCode,
			String unitNode, String status, LocalDate due, boolean byDeadline, long overdueReports,
			LocalDate deadline) {

		OverdueRow withReports(long reports) {
			return new OverdueRow(this.assignmentId, this.taskId, this.taskNumber, this.taskTitle, this.unitCode,
					this.unitNode, this.status, this.due, this.byDeadline, reports, this.deadline);
		}

	}

	record OverduePage(List<OverdueRow> rows, long total) {
	}

}
