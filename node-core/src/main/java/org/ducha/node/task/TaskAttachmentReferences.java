package org.ducha.node.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.attachment.AttachmentReferences;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.security.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks and completion requests as records that reference attachments: whoever may see
 * the task may read its documents and the evidence of its completion requests; a child
 * may fetch what a task with an assignee in its subtree carries.
 */
@Component
class TaskAttachmentReferences implements AttachmentReferences {

	private final JdbcClient jdbc;

	private final Tasks tasks;

	TaskAttachmentReferences(JdbcClient jdbc, Tasks tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> visibleName(Sha256 sha256, Actor actor) {
		List<Reference> references = this.jdbc
			.sql("SELECT task_id, name FROM task_attachment WHERE sha256 = :sha256 UNION SELECT a.task_id, c.name "
					+ "FROM completion_attachment c JOIN assignment a ON a.id = c.assignment_id WHERE c.sha256 = :sha256 "
					+ "ORDER BY task_id, name")
			.param("sha256", sha256.hex())
			.query((rs, row) -> new Reference(rs.getString("task_id"), rs.getString("name")))
			.list();
		for (Reference reference : references) {
			if (this.tasks.isVisibleTo(reference.taskId(), actor)) {
				return Optional.of(reference.name());
			}
		}
		return Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean referencedWithin(Sha256 sha256, Collection<String> nodes) {
		if (nodes.isEmpty()) {
			return false;
		}
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM task_attachment t JOIN assignment a ON a.task_id = t.task_id "
					+ "WHERE t.sha256 = :sha256 AND a.unit_node IN (:nodes)) + (SELECT COUNT(*) FROM completion_attachment c "
					+ "JOIN assignment a ON a.id = c.assignment_id WHERE c.sha256 = :sha256 AND a.unit_node IN (:nodes))")
			.param("sha256", sha256.hex())
			.param("nodes", nodes)
			.query(Long.class)
			.single() > 0;
	}

	private record Reference(String taskId, String name) {
	}

}
