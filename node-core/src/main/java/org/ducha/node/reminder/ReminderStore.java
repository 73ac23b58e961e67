package org.ducha.node.reminder;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders held at this node, and the open assignments the job looks at.
 */
@Repository
class ReminderStore {

	private static final String COLUMNS = "id, kind, from_node, from_unit, sent_by, to_node, to_unit, task_id, "
			+ "assignment_id, title, message, due_date, escalate, sent_at";

	private final JdbcClient jdbc;

	ReminderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a reminder unless one with the same id (or, born by a rule, the same rule
	 * key for its assignment) exists; the unique keys decide, so two replicas running the
	 * job at once still send a reminder once.
	 * @return whether it was stored
	 */
	boolean insert(Reminder reminder, String ruleKey) {
		try {
			return this.jdbc
				.sql("INSERT INTO reminder (id, kind, rule_key, from_node, from_unit, sent_by, to_node, to_unit, "
						+ "task_id, assignment_id, title, message, due_date, escalate, sent_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(reminder.id(), reminder.kind().name(), ruleKey, reminder.fromNode(), reminder.fromUnit(),
						reminder.sentBy(), reminder.toNode(), reminder.toUnit(), reminder.taskId(),
						reminder.assignmentId(), reminder.title(), reminder.message(),
						(reminder.dueDate() != null) ? Date.valueOf(reminder.dueDate()) : null, reminder.escalate(),
						Timestamp.from(reminder.sentAt()))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The rule keys already sent for an assignment. */
	Set<String> ruleKeys(String assignmentId) {
		return new HashSet<>(
				this.jdbc.sql("SELECT rule_key FROM reminder WHERE assignment_id = ? AND rule_key IS NOT NULL")
					.param(assignmentId)
					.query(String.class)
					.list());
	}

	Optional<Reminder> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM reminder WHERE id = ?")
			.param(id)
			.query(ReminderStore::reminder)
			.optional();
	}

	List<Reminder> ofAssignment(String assignmentId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM reminder WHERE assignment_id = ? ORDER BY sent_at, id")
			.param(assignmentId)
			.query(ReminderStore::reminder)
			.list();
	}

	/**
	 * Reminders sent from outside the given nodes to one of them whose assignment is not
	 * known to be finished, after a key (re-sync down).
	 */
	List<Reminder> openInto(Collection<String> inside, String afterId, int limit) {
		return this.jdbc
			.sql("SELECT " + prefixed("r.") + " FROM reminder r LEFT JOIN assignment a ON a.id = r.assignment_id "
					+ "WHERE r.to_node IN (:inside) AND r.from_node NOT IN (:inside) AND r.id > :after "
					+ "AND (a.id IS NULL OR a.status NOT IN ('COMPLETED', 'RETURNED')) ORDER BY r.id LIMIT :limit")
			.param("inside", inside)
			.param("after", afterId)
			.param("limit", limit)
			.query(ReminderStore::reminder)
			.list();
	}

	/**
	 * Open assignments of tasks this node issued and still runs, with what the texts
	 * need.
	 */
	List<OpenAssignment> openAssignmentsIssuedBy(String node) {
		return this.jdbc
			.sql("SELECT a.id, a.task_id, a.unit_code, a.unit_node, a.role, a.status, a.sign_by, t.number, t.title, "
					+ "COALESCE(a.due_date, t.deadline) AS deadline, t.issuing_unit "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE t.issuing_node = ? "
					+ "AND t.status IN ('ISSUED', 'IN_PROGRESS') "
					+ "AND a.status IN ('PENDING_SIGN', 'SIGNED', 'REPORTING') ORDER BY a.id")
			.param(node)
			.query((rs, row) -> new OpenAssignment(rs.getString("id"), rs.getString("task_id"),
					rs.getString("unit_code"), rs.getString("unit_node"), rs.getString("number"), rs.getString("title"),
					rs.getDate("deadline").toLocalDate(), rs.getString("issuing_unit"), rs.getString("role"),
					rs.getString("status"),
					(rs.getDate("sign_by") != null) ? rs.getDate("sign_by").toLocalDate() : null))
			.list();
	}

	private static String prefixed(String alias) {
		return alias + COLUMNS.replace(", ", ", " + alias);
	}

	private static Reminder reminder(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new Reminder(rs.getString("id"), ReminderKind.valueOf(rs.getString("kind")), rs.getString("from_node"),
				rs.getString("from_unit"), rs.getString("sent_by"), rs.getString("to_node"), rs.getString("to_unit"),
				rs.getString("task_id"), rs.getString("assignment_id"), rs.getString("title"), rs.getString("message"),
				(due != null) ? due.toLocalDate() : null, rs.getBoolean("escalate"),
				rs.getTimestamp("sent_at").toInstant());
	}

	/**
	 * An open assignment of a task issued here.
	 *
	 * @param id the assignment
	 * @param taskId its task
	 * @param unitCode the assignee unit
	 * @param unitNode the assignee's node
	 * @param taskNumber the task's number
	 * @param taskTitle the task's title
	 * @param deadline the task's deadline
	 * @param issuingUnit the unit that issued the task
	 * @param role LEAD or CO
	 * @param status the assignment's status
	 * @param signBy its signing limit; null when not computed
	 */
	record OpenAssignment(String id, String taskId, String unitCode, String unitNode, String taskNumber,
			String taskTitle, LocalDate deadline, String issuingUnit, String role, String status, LocalDate signBy) {

		boolean isCoUnit() {
			return "CO".equals(this.role);
		}

		boolean unsigned() {
			return "PENDING_SIGN".equals(this.status);
		}

	}

}
