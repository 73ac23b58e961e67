package org.ducha.node.schedule;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.task.SlotSpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The due slots held at this node.
 */
@Repository
class SlotStore {

	private static final String COLUMNS = "assignment_id, ordinal, label, opens, due_date, original_due_date, basis, "
			+ "covered, report_id, reported_on, on_time, returned_report_id";

	private final JdbcClient jdbc;

	SlotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReportSlot> of(String assignmentId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_slot WHERE assignment_id = ? ORDER BY ordinal")
			.param(assignmentId)
			.query(SlotStore::slot)
			.list();
	}

	/** The due slots of each of the given assignments that has some, in order. */
	Map<String, List<ReportSlot>> ofAll(Collection<String> assignmentIds) {
		Map<String, List<ReportSlot>> slots = new HashMap<>();
		this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM report_slot WHERE assignment_id IN (:ids) ORDER BY assignment_id, ordinal")
			.param("ids", assignmentIds)
			.query(SlotStore::slot)
			.list()
			.forEach((slot) -> slots.computeIfAbsent(slot.assignmentId(), (id) -> new ArrayList<>()).add(slot));
		return slots;
	}

	/**
	 * Plans an assignment's slots, one statement for all of them; those it holds already
	 * stay as they are.
	 */
	void insertAllIfAbsent(String assignmentId, List<SlotSpec> specs) {
		if (specs.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>(specs.size() * 8);
		for (SlotSpec spec : specs) {
			params.addAll(Arrays.asList(assignmentId, spec.ordinal(), spec.label(),
					Date.valueOf(
							spec.opens().isBefore(LocalDate.of(1970, 1, 1)) ? LocalDate.of(1970, 1, 1) : spec.opens()),
					Date.valueOf(spec.due()), Date.valueOf(spec.due()), spec.basis(), spec.covered()));
		}
		this.jdbc
			.sql("INSERT IGNORE INTO report_slot (assignment_id, ordinal, label, opens, due_date, original_due_date, "
					+ "basis, covered) VALUES "
					+ String.join(", ", Collections.nCopies(specs.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")))
			.params(params)
			.update();
	}

	/** The earliest open due date of each of the given assignments that has one. */
	Map<String, LocalDate> nextDue(Collection<String> assignmentIds) {
		Map<String, LocalDate> due = new HashMap<>();
		this.jdbc
			.sql("SELECT assignment_id, MIN(due_date) AS due FROM report_slot WHERE report_id IS NULL "
					+ "AND assignment_id IN (:ids) GROUP BY assignment_id")
			.param("ids", assignmentIds)
			.query((rs) -> {
				due.put(rs.getString("assignment_id"), rs.getDate("due").toLocalDate());
			});
		return due;
	}

	/**
	 * Open slots of assignments whose task has a rule, with the task id, for a
	 * recomputation.
	 */
	List<String> assignmentsWithOpenSlots() {
		return this.jdbc
			.sql("SELECT DISTINCT assignment_id FROM report_slot WHERE report_id IS NULL ORDER BY assignment_id")
			.query(String.class)
			.list();
	}

	/** Fills a slot, unless another report filled it first. */
	boolean fill(String assignmentId, int ordinal, String reportId, LocalDate reportedOn, boolean onTime) {
		return this.jdbc
			.sql("UPDATE report_slot SET report_id = ?, reported_on = ?, on_time = ? "
					+ "WHERE assignment_id = ? AND ordinal = ? AND report_id IS NULL")
			.params(reportId, Date.valueOf(reportedOn), onTime, assignmentId, ordinal)
			.update() == 1;
	}

	/** The slot a returned report filled waits for the report's resubmission. */
	void reopen(String reportId) {
		this.jdbc
			.sql("UPDATE report_slot SET returned_report_id = report_id, report_id = NULL, reported_on = NULL, "
					+ "on_time = NULL WHERE report_id = ?")
			.param(reportId)
			.update();
	}

	boolean isFilledBy(String reportId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report_slot WHERE report_id = ?")
			.param(reportId)
			.query(Long.class)
			.single() > 0;
	}

	void move(String assignmentId, int ordinal, LocalDate oldDue, SlotSpec spec, String reason, Instant now) {
		this.jdbc
			.sql("UPDATE report_slot SET due_date = ?, basis = ?, covered = ? WHERE assignment_id = ? AND ordinal = ?")
			.params(Date.valueOf(spec.due()), spec.basis(), spec.covered(), assignmentId, ordinal)
			.update();
		this.jdbc.sql(
				"INSERT INTO report_slot_change (assignment_id, ordinal, old_due_date, new_due_date, reason, changed_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(assignmentId, ordinal, Date.valueOf(oldDue), Date.valueOf(spec.due()), reason, Timestamp.from(now))
			.update();
	}

	List<SlotChange> changesOf(String assignmentId) {
		return this.jdbc
			.sql("SELECT ordinal, old_due_date, new_due_date, reason, changed_at FROM report_slot_change "
					+ "WHERE assignment_id = ? ORDER BY id")
			.param(assignmentId)
			.query((rs, row) -> new SlotChange(rs.getInt("ordinal"), rs.getDate("old_due_date").toLocalDate(),
					rs.getDate("new_due_date").toLocalDate(), rs.getString("reason"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private static ReportSlot slot(ResultSet rs, int row) throws SQLException {
		Date reportedOn = rs.getDate("reported_on");
		boolean onTime = rs.getBoolean("on_time");
		Boolean onTimeOrNull = rs.wasNull() ? null : onTime;
		return new ReportSlot(rs.getString("assignment_id"), rs.getInt("ordinal"), rs.getString("label"),
				rs.getDate("opens").toLocalDate(), rs.getDate("due_date").toLocalDate(),
				rs.getDate("original_due_date").toLocalDate(), rs.getString("basis"), rs.getBoolean("covered"),
				rs.getString("report_id"), (reportedOn != null) ? reportedOn.toLocalDate() : null, onTimeOrNull,
				rs.getString("returned_report_id"));
	}

}
