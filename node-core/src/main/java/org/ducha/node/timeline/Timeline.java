package org.ducha.node.timeline;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads task timelines. An entry is written in the transaction of the change
 * it records, so it stands or falls with it; nothing here updates or deletes one.
 */
@Service
public class Timeline {

	private static final int MAX_TEXT = 1000;

	private static final String INSERT = "INSERT INTO task_timeline (task_id, assignment_id, occurred_at, node_code, "
			+ "actor, action, from_status, to_status, reason, detail) VALUES ";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * Rows per statement when appending many: well within the packet and placeholder
	 * limits.
	 */
	private static final int ROWS_PER_STATEMENT = 200;

	private final JdbcClient jdbc;

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends an entry, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(TimelineEntry entry) {
		recordAll(List.of(entry));
	}

	/**
	 * Appends entries in the order given, in the caller's transaction, with multi-row
	 * statements (a batch of copies writes its whole timeline at once; the rows keep the
	 * order, and so the ids, one by one would give them).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<TimelineEntry> entries) {
		for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
			List<TimelineEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
			List<Object> params = new ArrayList<>(chunk.size() * 10);
			for (TimelineEntry entry : chunk) {
				params.addAll(Arrays.asList(entry.taskId(), entry.assignmentId(), Timestamp.from(entry.occurredAt()),
						entry.nodeCode(), clip(entry.actor(), 128), entry.action(), entry.fromStatus(),
						entry.toStatus(), clip(entry.reason(), MAX_TEXT), entry.detail()));
			}
			this.jdbc.sql(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW))).params(params).update();
		}
	}

	/** A page of a task's timeline, oldest first. */
	@Transactional(readOnly = true)
	public TimelinePage ofTask(String taskId, int page, int size) {
		List<TimelineEntry> items = this.jdbc
			.sql("SELECT task_id, assignment_id, occurred_at, node_code, actor, action, from_status, to_status, "
					+ "reason, detail FROM task_timeline WHERE task_id = ? ORDER BY occurred_at, id LIMIT ? OFFSET ?")
			.params(taskId, size, (long) page * size)
			.query((rs, row) -> new TimelineEntry(rs.getString("task_id"), rs.getString("assignment_id"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("node_code"), rs.getString("actor"),
					rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
					rs.getString("reason"), rs.getString("detail")))
			.list();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM task_timeline WHERE task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
		return new TimelinePage(items, page, size, total);
	}

	private static String clip(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

}
