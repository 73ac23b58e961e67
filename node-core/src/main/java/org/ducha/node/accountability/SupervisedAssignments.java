package org.ducha.node.accountability;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assignments this node supervises — those of the tasks it issued — read for the
 * ladder, as the dashboard reads them: open ones for notices, a year's figures per unit
 * for commendation. Read only.
 */
@Repository
class SupervisedAssignments {

	private static final String OPEN = "t.issuing_node = ? AND t.status IN ('ISSUED', 'IN_PROGRESS') "
			+ "AND a.status NOT IN ('COMPLETED', 'RETURNED')";

	private final JdbcClient jdbc;

	SupervisedAssignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An open assignment of a task issued here.
	 *
	 * @param id the assignment
	 * @param taskId its task
	 * @param taskNumber the task's number
	 * @param taskTitle its title
	 * @param unitCode the assignee unit
	 * @param percent its latest progress
	 * @param issued the day the task was issued
	 * @param deadline the deadline in force
	 */
	record Open(String id, String taskId, String taskNumber, String taskTitle, String unitCode, int percent,
			LocalDate issued, LocalDate deadline) {

		/** How the assignment reads on its own, wherever the label is shown. */
		String label() {
			return ((this.taskNumber != null) ? this.taskNumber : "") + "《" + this.taskTitle + "》";
		}

	}

	List<Open> open(String self) {
		return this.jdbc
			.sql("SELECT a.id, a.task_id, t.number, t.title, a.unit_code, a.percent_complete, "
					+ "COALESCE(t.issued_at, t.created_at) AS issued, COALESCE(a.due_date, t.deadline) AS deadline "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE " + OPEN + " ORDER BY a.id")
			.param(self)
			.query((rs, row) -> new Open(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
					rs.getString("title"), rs.getString("unit_code"), rs.getInt("percent_complete"),
					LocalDate.ofInstant(rs.getTimestamp("issued").toInstant(), NodeIdentity.ZONE),
					rs.getDate("deadline").toLocalDate()))
			.list();
	}

	/** An open assignment of a task issued here, by id. */
	java.util.Optional<Open> openById(String self, String assignmentId) {
		return open(self).stream().filter((a) -> a.id().equals(assignmentId)).findFirst();
	}

	/** The units that had assignments of this node's tasks due in a year. */
	List<String> unitsWithDeadlinesIn(String self, int year) {
		return this.jdbc
			.sql("SELECT DISTINCT a.unit_code FROM assignment a JOIN task t ON t.id = a.task_id "
					+ "WHERE t.issuing_node = ? AND a.status <> 'RETURNED' "
					+ "AND COALESCE(a.due_date, t.deadline) BETWEEN ? AND ? ORDER BY a.unit_code")
			.params(self, java.sql.Date.valueOf(LocalDate.of(year, 1, 1)),
					java.sql.Date.valueOf(LocalDate.of(year, 12, 31)))
			.query(String.class)
			.list();
	}

	/**
	 * A unit's year on this node's tasks: its report slots due in the year and how many
	 * were filled on time, its deadlines in the year and how many it met (completed, the
	 * completion asked for by the deadline).
	 */
	YearRecord year(String self, String unitCode, int year, long punitiveSteps) {
		java.sql.Date first = java.sql.Date.valueOf(LocalDate.of(year, 1, 1));
		java.sql.Date last = java.sql.Date.valueOf(LocalDate.of(year, 12, 31));
		long[] slots = this.jdbc
			.sql("SELECT COUNT(*) AS due, COALESCE(SUM(s.on_time = TRUE), 0) AS on_time FROM report_slot s "
					+ "JOIN assignment a ON a.id = s.assignment_id JOIN task t ON t.id = a.task_id "
					+ "WHERE t.issuing_node = ? AND a.unit_code = ? AND a.status <> 'RETURNED' "
					+ "AND s.due_date BETWEEN ? AND ?")
			.params(self, unitCode, first, last)
			.query((rs, row) -> new long[] { rs.getLong("due"), rs.getLong("on_time") })
			.single();
		List<Boolean> met = this.jdbc
			.sql("SELECT a.status, a.completion_requested_at, COALESCE(a.due_date, t.deadline) AS deadline "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE t.issuing_node = ? AND a.unit_code = ? "
					+ "AND a.status <> 'RETURNED' AND COALESCE(a.due_date, t.deadline) BETWEEN ? AND ?")
			.params(self, unitCode, first, last)
			.query((rs, row) -> {
				Timestamp asked = rs.getTimestamp("completion_requested_at");
				return "COMPLETED".equals(rs.getString("status")) && asked != null
						&& !LocalDate.ofInstant(asked.toInstant(), NodeIdentity.ZONE)
							.isAfter(rs.getDate("deadline").toLocalDate());
			})
			.list();
		return new YearRecord(year, slots[0], slots[1], met.size(), met.stream().filter((ok) -> ok).count(),
				punitiveSteps);
	}

}
