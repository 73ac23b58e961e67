package org.ducha.node.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.attachment.AttachmentReferences;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Tasks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports as records that reference attachments: whoever may see a report's task may read
 * the report's attachments.
 */
@Component
class ReportAttachmentReferences implements AttachmentReferences {

	private final JdbcClient jdbc;

	private final Tasks tasks;

	ReportAttachmentReferences(JdbcClient jdbc, Tasks tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> visibleName(Sha256 sha256, Actor actor) {
		List<Reference> references = this.jdbc
			.sql("SELECT DISTINCT r.task_id, ra.name FROM report_attachment ra JOIN progress_report r "
					+ "ON r.id = ra.report_id WHERE ra.sha256 = ? ORDER BY r.task_id, ra.name")
			.param(sha256.hex())
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
		return this.jdbc.sql("SELECT COUNT(*) FROM report_attachment ra JOIN progress_report r ON r.id = ra.report_id "
				+ "JOIN assignment a ON a.id = r.assignment_id WHERE ra.sha256 = :sha256 AND a.unit_node IN (:nodes)")
			.param("sha256", sha256.hex())
			.param("nodes", nodes)
			.query(Long.class)
			.single() > 0;
	}

	private record Reference(String taskId, String name) {
	}

}
