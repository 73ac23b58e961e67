package org.ducha.node.specialreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The special reports of this node, with their cited records, read receipts and
 * instructions.
 */
@Repository
class SpecialReportStore {

	private static final String COLUMNS = "id, node_code, title, text, status, drafted_by, drafted_by_name, "
			+ "drafted_at, submitted_at, version";

	private final JdbcClient jdbc;

	SpecialReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SpecialReport report) {
		this.jdbc.sql("INSERT INTO special_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(report.id().toString(), report.nodeCode(), report.title(), report.text(), report.status().name(),
					report.draftedBy(), report.draftedByName(), timestamp(report.draftedAt()),
					timestamp(report.submittedAt()))
			.update();
		writeItems(report);
	}

	Optional<SpecialReport> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM special_report WHERE id = ?")
			.param(id.toString())
			.query(this::row)
			.optional();
	}

	/**
	 * Writes a step: the report's row, its items, and the receipts and instructions it
	 * gained or that changed, unless another step committed since it was read.
	 * @throws OptimisticLockingFailureException when one did
	 */
	SpecialReport update(SpecialReport report) {
		int updated = this.jdbc
			.sql("UPDATE special_report SET title = ?, text = ?, status = ?, submitted_at = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")
			.params(report.title(), report.text(), report.status().name(), timestamp(report.submittedAt()),
					report.id().toString(), report.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Special report " + report.id() + " changed meanwhile");
		}
		writeItems(report);
		String id = report.id().toString();
		for (ReadReceipt receipt : report.receipts()) {
			this.jdbc
				.sql("INSERT IGNORE INTO special_report_reading (report_id, reader, reader_name, read_at) "
						+ "VALUES (?, ?, ?, ?)")
				.params(id, receipt.reader(), receipt.readerName(), timestamp(receipt.readAt()))
				.update();
		}
		for (Instruction instruction : report.instructions()) {
			this.jdbc
				.sql("INSERT INTO special_report_instruction (id, report_id, text, leader, leader_name, instructed_at, "
						+ "task_id, task_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
						+ "ON DUPLICATE KEY UPDATE task_id = VALUES(task_id), task_by = VALUES(task_by)")
				.params(instruction.id().toString(), id, instruction.text(), instruction.leader(),
						instruction.leaderName(), timestamp(instruction.instructedAt()), instruction.taskId(),
						instruction.taskBy())
				.update();
		}
		return find(report.id()).orElseThrow();
	}

	/** The reports in one of the statuses, the newest first. */
	List<SpecialReport> page(List<SpecialReportStatus> statuses, int limit, long offset) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM special_report WHERE status IN (:statuses) "
					+ "ORDER BY drafted_at DESC, id LIMIT :limit OFFSET :offset")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::row)
			.list();
	}

	long count(List<SpecialReportStatus> statuses) {
		return this.jdbc.sql("SELECT COUNT(*) FROM special_report WHERE status IN (:statuses)")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	private void writeItems(SpecialReport report) {
		String id = report.id().toString();
		this.jdbc.sql("DELETE FROM special_report_item WHERE report_id = ?").param(id).update();
		List<ItemReference> items = report.items();
		for (int i = 0; i < items.size(); i++) {
			this.jdbc.sql("INSERT INTO special_report_item (report_id, position, kind, target_id) VALUES (?, ?, ?, ?)")
				.params(id, i, items.get(i).kind().name(), items.get(i).id())
				.update();
		}
	}

	private SpecialReport row(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		List<ItemReference> items = this.jdbc
			.sql("SELECT kind, target_id FROM special_report_item WHERE report_id = ? ORDER BY position")
			.param(id)
			.query((r, n) -> new ItemReference(ItemKind.valueOf(r.getString("kind")), r.getString("target_id")))
			.list();
		List<ReadReceipt> receipts = this.jdbc
			.sql("SELECT reader, reader_name, read_at FROM special_report_reading WHERE report_id = ? "
					+ "ORDER BY read_at, reader")
			.param(id)
			.query((r, n) -> new ReadReceipt(r.getString("reader"), r.getString("reader_name"),
					r.getTimestamp("read_at").toInstant()))
			.list();
		List<Instruction> instructions = this.jdbc
			.sql("SELECT id, text, leader, leader_name, instructed_at, task_id, task_by "
					+ "FROM special_report_instruction WHERE report_id = ? ORDER BY instructed_at, id")
			.param(id)
			.query((r, n) -> new Instruction(UUID.fromString(r.getString("id")), r.getString("text"),
					r.getString("leader"), r.getString("leader_name"), r.getTimestamp("instructed_at").toInstant(),
					r.getString("task_id"), r.getString("task_by")))
			.list();
		return new SpecialReport(UUID.fromString(id), rs.getString("node_code"), rs.getString("title"),
				rs.getString("text"), items, SpecialReportStatus.valueOf(rs.getString("status")),
				rs.getString("drafted_by"), rs.getString("drafted_by_name"), instant(rs, "drafted_at"),
				instant(rs, "submitted_at"), receipts, instructions, rs.getLong("version"));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
