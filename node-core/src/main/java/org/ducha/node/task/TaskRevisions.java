package org.ducha.node.task;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revision history of tasks, append-only: revisions made here, and those a copy
 * learns of from the issuer.
 */
@Component
class TaskRevisions {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	TaskRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a revision; one already kept (the same revision learnt again) stays as it is.
	 */
	void keep(TaskRevision revision) {
		this.jdbc
			.sql("INSERT IGNORE INTO task_revision (task_id, revision, revised_at, revised_by, node_code, reason, "
					+ "changes) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(revision.taskId(), revision.revision(), Timestamp.from(revision.revisedAt()), revision.revisedBy(),
					revision.nodeCode(), revision.reason(), toJson(revision.changes()))
			.update();
	}

	/** A page of a task's revisions, newest first. */
	List<TaskRevision> page(String taskId, int page, int size) {
		return this.jdbc
			.sql("SELECT task_id, revision, revised_at, revised_by, node_code, reason, changes FROM task_revision "
					+ "WHERE task_id = ? ORDER BY revision DESC LIMIT ? OFFSET ?")
			.params(taskId, size, (long) page * size)
			.query((rs, row) -> new TaskRevision(rs.getString("task_id"), rs.getLong("revision"),
					rs.getTimestamp("revised_at").toInstant(), rs.getString("revised_by"), rs.getString("node_code"),
					rs.getString("reason"), fromJson(rs.getString("changes"))))
			.list();
	}

	long count(String taskId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM task_revision WHERE task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
	}

	private static String toJson(List<FieldChange> changes) {
		ArrayNode list = json.createArrayNode();
		changes.forEach((c) -> list.addObject().put("field", c.field()).put("from", c.from()).put("to", c.to()));
		return json.writeValueAsString(list);
	}

	private static List<FieldChange> fromJson(String text) {
		List<FieldChange> changes = new ArrayList<>();
		for (JsonNode node : json.readTree(text)) {
			changes.add(new FieldChange(node.get("field").asString(), text(node.get("from")), text(node.get("to"))));
		}
		return List.copyOf(changes);
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
