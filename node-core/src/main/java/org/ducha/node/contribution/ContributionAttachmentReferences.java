package org.ducha.node.contribution;

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
 * Contributions as records that reference attachments: whoever may see a contribution's
 * task may read its attachments; a node below holding the co-unit or the lead unit may
 * fetch them.
 */
@Component
class ContributionAttachmentReferences implements AttachmentReferences {

	private final JdbcClient jdbc;

	private final Tasks tasks;

	ContributionAttachmentReferences(JdbcClient jdbc, Tasks tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> visibleName(Sha256 sha256, Actor actor) {
		List<Reference> references = this.jdbc
			.sql("SELECT DISTINCT c.task_id, ca.name FROM contribution_attachment ca JOIN contribution c "
					+ "ON c.id = ca.contribution_id WHERE ca.sha256 = ? ORDER BY c.task_id, ca.name")
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
		return this.jdbc
			.sql("SELECT COUNT(*) FROM contribution_attachment ca JOIN contribution c ON c.id = ca.contribution_id "
					+ "LEFT JOIN assignment l ON l.id = c.lead_assignment_id WHERE ca.sha256 = :sha256 "
					+ "AND (SUBSTRING_INDEX(c.unit_code, ':', 1) IN (:nodes) OR l.unit_node IN (:nodes))")
			.param("sha256", sha256.hex())
			.param("nodes", nodes)
			.query(Long.class)
			.single() > 0;
	}

	private record Reference(String taskId, String name) {
	}

}
