package org.ducha.node.decomposition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps which sub-tasks hand on which assignment, and the roll-ups held here.
 */
@Repository
class RollUpStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<List<RollUpPart>> PARTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	RollUpStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void link(String subTaskId, String parentAssignmentId, String parentTaskId, Instant at) {
		this.jdbc
			.sql("INSERT INTO task_decomposition (task_id, parent_assignment_id, parent_task_id, created_at) "
					+ "VALUES (?, ?, ?, ?)")
			.params(subTaskId, parentAssignmentId, parentTaskId, Timestamp.from(at))
			.update();
	}

	/** The assignment a sub-task registered here hands on. */
	Optional<String> parentOf(String taskId) {
		return this.jdbc.sql("SELECT parent_assignment_id FROM task_decomposition WHERE task_id = ?")
			.param(taskId)
			.query(String.class)
			.optional();
	}

	/**
	 * The assignment a sub-task registered here hands on, found from one of the
	 * sub-task's assignments: one indexed lookup on every assignment change, most of
	 * which concern no sub-task.
	 */
	Optional<String> parentOfSubTaskAssignment(String assignmentId) {
		return this.jdbc
			.sql("SELECT d.parent_assignment_id FROM assignment a JOIN task_decomposition d ON d.task_id = a.task_id "
					+ "WHERE a.id = ?")
			.param(assignmentId)
			.query(String.class)
			.optional();
	}

	/**
	 * The assignments of the issued sub-tasks of a decomposed assignment, as they stand
	 * here: withdrawn sub-tasks and returned assignments left out.
	 */
	List<RollUpPart> partsOf(String parentAssignmentId) {
		return this.jdbc
			.sql("SELECT t.id AS task_id, t.number, t.title, a.id, a.unit_code, a.role, a.status, "
					+ "a.percent_complete, a.light, a.last_reported_at, COALESCE(a.due_date, t.deadline) AS due "
					+ "FROM task_decomposition d JOIN task t ON t.id = d.task_id JOIN assignment a ON a.task_id = t.id "
					+ "WHERE d.parent_assignment_id = ? AND t.status NOT IN ('DRAFT', 'PENDING_APPROVAL', 'WITHDRAWN') "
					+ "AND a.status <> 'RETURNED' ORDER BY t.issued_at, t.id, a.role DESC, a.unit_code")
			.param(parentAssignmentId)
			.query(RollUpStore::part)
			.list();
	}

	private static RollUpPart part(ResultSet rs, int row) throws SQLException {
		Timestamp reported = rs.getTimestamp("last_reported_at");
		return new RollUpPart(rs.getString("task_id"), rs.getString("number"), rs.getString("title"),
				rs.getString("id"), rs.getString("unit_code"), rs.getString("role"), rs.getString("status"),
				rs.getInt("percent_complete"), rs.getString("light"), (reported != null) ? reported.toInstant() : null,
				rs.getDate("due").toLocalDate());
	}

	/**
	 * The decomposed assignments of this node that are still open, in id order after a
	 * key, at most {@code limit}.
	 */
	List<String> openDecomposedAfter(String after, int limit) {
		return this.jdbc
			.sql("SELECT DISTINCT d.parent_assignment_id FROM task_decomposition d "
					+ "JOIN assignment a ON a.id = d.parent_assignment_id "
					+ "WHERE a.status NOT IN ('COMPLETED', 'RETURNED') AND d.parent_assignment_id > ? "
					+ "ORDER BY d.parent_assignment_id LIMIT ?")
			.params(after, limit)
			.query(String.class)
			.list();
	}

	Optional<RollUp> find(String assignmentId) {
		return this.jdbc.sql("SELECT revision, computed_at, parts FROM assignment_rollup WHERE assignment_id = ?")
			.param(assignmentId)
			.query((rs, row) -> new RollUp(assignmentId, rs.getLong("revision"),
					rs.getTimestamp("computed_at").toInstant(), json.readValue(rs.getString("parts"), PARTS)))
			.optional();
	}

	/**
	 * Keeps a roll-up unless one of the same or a higher revision is held.
	 * @return whether it was kept
	 */
	boolean keep(RollUp rollUp) {
		String parts = json.writeValueAsString(rollUp.parts());
		Timestamp computedAt = Timestamp.from(rollUp.computedAt());
		int updated = this.jdbc
			.sql("UPDATE assignment_rollup SET revision = ?, computed_at = ?, parts = ? "
					+ "WHERE assignment_id = ? AND revision < ?")
			.params(rollUp.revision(), computedAt, parts, rollUp.assignmentId(), rollUp.revision())
			.update();
		if (updated > 0) {
			return true;
		}
		return this.jdbc
			.sql("INSERT IGNORE INTO assignment_rollup (assignment_id, revision, computed_at, parts) "
					+ "VALUES (?, ?, ?, ?)")
			.params(rollUp.assignmentId(), rollUp.revision(), computedAt, parts)
			.update() > 0;
	}

}
