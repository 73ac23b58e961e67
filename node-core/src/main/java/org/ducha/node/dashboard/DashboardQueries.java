package org.ducha.node.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ducha.node.schedule.Light;
import org.ducha.node.task.AssignmentStatus;
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

	/** When an assignment's first overdue date is its deadline rather than a report's. */
	private static final String BY_DEADLINE = "(o.first_due IS NULL OR (t.deadline < :today AND t.deadline < o.first_due))";

	private static final String OVERDUE_FROM = " FROM assignment a JOIN task t ON t.id = a.task_id "
			+ "LEFT JOIN (SELECT s.assignment_id, MIN(s.due_date) AS first_due, COUNT(*) AS reports FROM report_slot s "
			+ "WHERE s.report_id IS NULL AND s.due_date < :today GROUP BY s.assignment_id) o ON o.assignment_id = a.id ";

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tasks in the scope, counted by status and source. */
	List<TaskGroup> taskGroups(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = params(scope, filter);
		return this.jdbc
			.sql("SELECT t.status, t.source, COUNT(*) AS n FROM task t WHERE EXISTS (SELECT 1 FROM assignment a "
					+ "WHERE a.task_id = t.id AND " + scope.condition("a") + ")" + filter.conditions("t")
					+ " GROUP BY t.status, t.source")
			.params(params)
			.query((rs, row) -> new TaskGroup(rs.getString("status"), rs.getString("source"), rs.getLong("n")))
			.list();
	}

	/**
	 * Tasks being worked on, counted by the worst light of their open assignments in the
	 * scope (null: none of them has a light yet).
	 */
	Map<Light, Long> taskLights(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = params(scope, filter);
		Map<Light, Long> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT w.worst, COUNT(*) AS n FROM (SELECT a.task_id, MAX(CASE a.light WHEN 'GREEN' THEN 1 "
					+ "WHEN 'YELLOW' THEN 2 WHEN 'RED' THEN 3 ELSE 0 END) AS worst FROM assignment a "
					+ "JOIN task t ON t.id = a.task_id WHERE " + scope.condition("a") + " AND " + OPEN + " AND " + LIVE
					+ filter.conditions("t") + " GROUP BY a.task_id) w GROUP BY w.worst")
			.params(params)
			.query((rs) -> {
				int worst = rs.getInt("worst");
				counts.put((worst == 0) ? null : Light.values()[worst - 1], rs.getLong("n"));
			});
		return counts;
	}

	/** Assignments in the scope, counted by status, light and whether they are open. */
	List<AssignmentGroup> assignmentGroups(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = params(scope, filter);
		return this.jdbc
			.sql("SELECT a.status, a.light, (" + OPEN + " AND " + LIVE + ") AS is_open, COUNT(*) AS n "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE " + scope.condition("a")
					+ filter.conditions("t") + " GROUP BY a.status, a.light, is_open")
			.params(params)
			.query((rs, row) -> new AssignmentGroup(rs.getString("status"), rs.getString("light"),
					rs.getBoolean("is_open"), rs.getLong("n")))
			.list();
	}

	/** Per unit, its open assignments by light, the most red first. */
	List<UnitLightsRow> unitLights(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = params(scope, filter);
		return this.jdbc
			.sql("SELECT a.unit_code, a.unit_node, COUNT(*) AS open_count, SUM(a.light = 'GREEN') AS green, "
					+ "SUM(a.light = 'YELLOW') AS yellow, SUM(a.light = 'RED') AS red FROM assignment a "
					+ "JOIN task t ON t.id = a.task_id WHERE " + scope.condition("a") + " AND " + OPEN + " AND " + LIVE
					+ filter.conditions("t")
					+ " GROUP BY a.unit_code, a.unit_node ORDER BY red DESC, yellow DESC, a.unit_code")
			.params(params)
			.query((rs, row) -> new UnitLightsRow(rs.getString("unit_code"), rs.getString("unit_node"),
					rs.getLong("open_count"), rs.getLong("green"), rs.getLong("yellow"), rs.getLong("red")))
			.list();
	}

	/** The units in the scope with an assignment held here that was not handed back. */
	Map<String, String> unitsWithAssignments(DashboardScope scope) {
		Map<String, Object> params = params(scope, TaskFilter.NONE);
		return this.jdbc
			.sql("SELECT DISTINCT a.unit_code, a.unit_node FROM assignment a WHERE " + scope.condition("a")
					+ " AND a.status <> " + RETURNED)
			.params(params)
			.query((rs, row) -> Map.entry(rs.getString("unit_code"), rs.getString("unit_node")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Per unit, the outcome of its report slots due within a window: filled on time,
	 * filled late, or overdue and unfilled (on an open assignment of a task being worked
	 * on). Slots still open and not yet overdue are not counted.
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
					+ "WHERE s.due_date BETWEEN :from AND :to AND " + scope.condition("a") + " AND a.status <> "
					+ RETURNED + " AND (s.report_id IS NOT NULL OR (s.due_date < :today AND a.status <> " + COMPLETED
					+ " AND " + LIVE + ")) GROUP BY a.unit_code")
			.params(params)
			.query((rs, row) -> new SlotOutcomes(rs.getString("unit_code"), rs.getLong("on_time"), rs.getLong("late"),
					rs.getLong("missing")))
			.list()
			.stream()
			.collect(Collectors.toMap(SlotOutcomes::unitCode, (outcomes) -> outcomes));
	}

	/**
	 * A page of the open assignments with an overdue unfilled report or past their task's
	 * deadline, the one overdue longest first.
	 */
	List<OverdueRow> overdue(DashboardScope scope, LocalDate today, int limit, long offset) {
		Map<String, Object> params = overdueParams(scope, today);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql("SELECT a.id, a.unit_code, a.unit_node, a.status, t.id AS task_id, t.number, t.title, t.deadline, "
					+ "COALESCE(o.reports, 0) AS reports, " + BY_DEADLINE + " AS by_deadline, CASE WHEN " + BY_DEADLINE
					+ " THEN t.deadline ELSE o.first_due END AS due" + OVERDUE_FROM + overdueWhere(scope)
					+ " ORDER BY due, a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> new OverdueRow(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
					rs.getString("title"), rs.getString("unit_code"), rs.getString("unit_node"), rs.getString("status"),
					rs.getDate("due").toLocalDate(), rs.getBoolean("by_deadline"), rs.getLong("reports"),
					rs.getDate("deadline").toLocalDate()))
			.list();
	}

	/** How many assignments the overdue list has. */
	long overdueCount(DashboardScope scope, LocalDate today) {
		return this.jdbc.sql("SELECT COUNT(*)" + OVERDUE_FROM + overdueWhere(scope))
			.params(overdueParams(scope, today))
			.query(Long.class)
			.single();
	}

	private static String overdueWhere(DashboardScope scope) {
		return "WHERE " + scope.condition("a") + " AND " + OPEN + " AND " + LIVE
				+ " AND (o.first_due IS NOT NULL OR t.deadline < :today)";
	}

	private static Map<String, Object> overdueParams(DashboardScope scope, LocalDate today) {
		Map<String, Object> params = params(scope, TaskFilter.NONE);
		params.put("today", Date.valueOf(today));
		return params;
	}

	private static Map<String, Object> params(DashboardScope scope, TaskFilter filter) {
		Map<String, Object> params = new HashMap<>();
		scope.bind(params);
		filter.bind(params);
		params.put("notLive", NOT_LIVE);
		params.put("closed", CLOSED);
		return params;
	}

	record TaskGroup(String status, String source, long count) {
	}

	record AssignmentGroup(String status, String light, boolean open, long count) {
	}

	record UnitLightsRow(String unitCode, String unitNode, long open, long green, long yellow, long red) {
	}

	record SlotOutcomes(String unitCode, long onTime, long late, long missing) {
	}

	record OverdueRow(String assignmentId, String taskId, String taskNumber, String taskTitle, String unitCode,
			String unitNode, String status, LocalDate due, boolean byDeadline, long overdueReports,
			LocalDate deadline) {
	}

}
