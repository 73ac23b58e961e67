package org.ducha.node.assessment;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.ducha.node.NodeIdentity;
import org.ducha.node.unit.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit's record written straight into a node's tables, for the assessment's tests: the
 * facts the record reads, nothing of the workflow that makes them.
 */
final class RecordRows {

	private final JdbcClient jdbc;

	private final String node;

	RecordRows(JdbcClient jdbc, String node) {
		this.jdbc = jdbc;
		this.node = node;
	}

	RecordRows task(String id, String deadline, String status) {
		this.jdbc
			.sql("INSERT INTO task (id, number, title, source, type, issuing_node, issuing_unit, deadline, status, "
					+ "revision, created_at, version) VALUES (?, ?, ?, 'MEETING_DECISION', 'SPECIAL', ?, ?, ?, ?, 0, ?, 0)")
			.params(id, "N-" + id, "task " + id, this.node, this.node, deadline, status, at("2024-09-01"))
			.update();
		return this;
	}

	RecordRows assignment(String id, String task, String unit, String role, String status) {
		this.jdbc
			.sql("INSERT INTO assignment (id, task_id, unit_code, unit_node, role, status, version) "
					+ "VALUES (?, ?, ?, ?, ?, ?, 0)")
			.params(id, task, unit, Unit.nodeOf(unit), role, status)
			.update();
		return this;
	}

	RecordRows slot(String assignment, int ordinal, String due, String reported, Boolean onTime) {
		this.jdbc
			.sql("INSERT INTO report_slot (assignment_id, ordinal, label, opens, due_date, original_due_date, basis, "
					+ "covered, report_id, reported_on, on_time) VALUES (?, ?, 'slot', ?, ?, ?, 'b', FALSE, ?, ?, ?)")
			.params(assignment, ordinal, due, due, due, (reported != null) ? "r-" + assignment + ordinal : null,
					reported, onTime)
			.update();
		return this;
	}

	RecordRows step(String id, String kind, String unit, String issuedOn) {
		this.jdbc
			.sql("INSERT INTO ladder_step (id, kind, issuing_node, revision, unit_code, unit_node, unit_name, "
					+ "issued_on, reason, proposed_by, confirmed_by, approved_by, issued_at) VALUES (?, ?, ?, 0, "
					+ "?, ?, 'n', ?, 'why', 'p', 'c', 'a', ?)")
			.params(id, kind, this.node, unit, Unit.nodeOf(unit), issuedOn, at(issuedOn))
			.update();
		return this;
	}

	RecordRows sql(String sql, Object... params) {
		this.jdbc.sql(sql).params(params).update();
		return this;
	}

	/** Noon of a day in the nodes' zone. */
	static Timestamp at(String day) {
		return Timestamp.from(LocalDateTime.parse(day + "T12:00:00").atZone(NodeIdentity.ZONE).toInstant());
	}

}
