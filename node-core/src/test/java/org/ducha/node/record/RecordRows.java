package org.ducha.node.record;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.ducha.node.NodeIdentity;
import org.ducha.node.unit.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a small record straight into a node's tables (tasks, assignments, report slots,
 * ladder steps), for tests that count from it; every value a test asserts is given here.
 */
public final class RecordRows {

	private final JdbcClient jdbc;

	private final String issuingNode;

	public RecordRows(JdbcClient jdbc, String issuingNode) {
		this.jdbc = jdbc;
		this.issuingNode = issuingNode;
	}

	/** A task numbered N-{id}, titled "task {id}", created on 1 September 2024. */
	public RecordRows task(String id, String deadline, String status) {
		this.jdbc
			.sql("INSERT INTO task (id, number, title, source, type, issuing_node, issuing_unit, deadline, status, "
					+ "revision, created_at, version) VALUES (?, ?, ?, 'MEETING_DECISION', 'SPECIAL', ?, ?, ?, ?, 0, ?, 0)")
			.params(id, "N-" + id, "task " + id, this.issuingNode, this.issuingNode, deadline, status, at("2024-09-01"))
			.update();
		return this;
	}

	public RecordRows assignment(String id, String task, String unit, String role, String status) {
		this.jdbc
			.sql("INSERT INTO assignment (id, task_id, unit_code, unit_node, role, status, version) "
					+ "VALUES (?, ?, ?, ?, ?, ?, 0)")
			.params(id, task, unit, Unit.nodeOf(unit), role, status)
			.update();
		return this;
	}

	/**
	 * A report slot; filled on {@code reported} (on time or not), or unfilled when null.
	 */
	public RecordRows slot(String assignment, int ordinal, String due, String reported, Boolean onTime) {
		this.jdbc
			.sql("INSERT INTO report_slot (assignment_id, ordinal, label, opens, due_date, original_due_date, basis, "
					+ "covered, report_id, reported_on, on_time) VALUES (?, ?, 'slot', ?, ?, ?, 'b', FALSE, ?, ?, ?)")
			.params(assignment, ordinal, due, due, due, (reported != null) ? "r-" + assignment + ordinal : null,
					reported, onTime)
			.update();
		return this;
	}

	/** Completion asked for and accepted on the given days (noon). */
	public RecordRows completed(String assignment, String requested, String decided) {
		this.jdbc.sql("UPDATE assignment SET completion_requested_at = ?, decided_at = ? WHERE id = ?")
			.params(at(requested), at(decided), assignment)
			.update();
		return this;
	}

	public RecordRows step(String id, String kind, String unit, String issuedOn) {
		this.jdbc
			.sql("INSERT INTO ladder_step (id, kind, issuing_node, revision, unit_code, unit_node, unit_name, "
					+ "issued_on, reason, proposed_by, confirmed_by, approved_by, issued_at) VALUES (?, ?, ?, 0, "
					+ "?, ?, 'n', ?, 'why', 'p', 'c', 'a', ?)")
			.params(id, kind, this.issuingNode, unit, Unit.nodeOf(unit), issuedOn, at(issuedOn))
			.update();
		return this;
	}

	/** Any other row a test needs, written as given. */
	public RecordRows sql(String sql, Object... params) {
		this.jdbc.sql(sql).params(params).update();
		return this;
	}

	/** Noon of a day in the nodes' zone. */
	public static Timestamp at(String day) {
		return Timestamp.from(LocalDateTime.parse(day + "T12:00:00").atZone(NodeIdentity.ZONE).toInstant());
	}

}
