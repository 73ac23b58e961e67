package org.ducha.node.timeline;

import java.sql.Timestamp;
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

	private final JdbcClient jdbc;

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends an entry, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(TimelineEntry entry) {
		this.jdbc
			.sql("INSERT INTO task_timeline (task_id, assignment_id, occurred_at, node_code, actor, action, "
					+ "from_status, to_status, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.taskId(), entry.assignmentId(), Timestamp.from(entry.occurredAt()), entry.nodeCode(),
					clip(entry.actor(), 128), entry.action(), entry.fromStatus(), entry.toStatus(),
					clip(entry.reason(), MAX_TEXT), entry.detail())
			.update();
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
