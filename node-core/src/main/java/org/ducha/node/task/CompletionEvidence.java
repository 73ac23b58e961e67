package org.ducha.node.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The attachments of completion requests (办结佐证), by the lifecycle step each request took:
 * kept for every request, a refused one's too, at the assignee's node and every node the
 * request reached.
 */
@Component
public class CompletionEvidence {

	/** The most attachments one request carries. */
	static final int MAX = 20;

	private final JdbcClient jdbc;

	CompletionEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a request's attachments, once (a request seen again changes nothing). */
	void keep(String assignmentId, long step, List<AttachmentRef> attachments) {
		for (int i = 0; i < attachments.size(); i++) {
			AttachmentRef ref = attachments.get(i);
			this.jdbc
				.sql("INSERT IGNORE INTO completion_attachment (assignment_id, lifecycle_step, position, sha256, name, "
						+ "size, content_type) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(assignmentId, step, i, ref.sha256().hex(), ref.name(), ref.size(), ref.contentType())
				.update();
		}
	}

	/** The attachments of an assignment's request at a step, in order. */
	public List<AttachmentRef> of(String assignmentId, long step) {
		return this.jdbc
			.sql("SELECT sha256, name, size, content_type FROM completion_attachment WHERE assignment_id = ? "
					+ "AND lifecycle_step = ? ORDER BY position")
			.params(assignmentId, step)
			.query((rs, row) -> new AttachmentRef(new Sha256(rs.getString("sha256")), rs.getString("name"),
					rs.getLong("size"), rs.getString("content_type")))
			.list();
	}

	/**
	 * The attachments of each assignment's latest request that carried any, by
	 * assignment.
	 */
	Map<String, List<AttachmentRef>> latestOf(Collection<String> assignmentIds) {
		Map<String, List<AttachmentRef>> byAssignment = new LinkedHashMap<>();
		if (assignmentIds.isEmpty()) {
			return byAssignment;
		}
		this.jdbc.sql("SELECT c.assignment_id, c.sha256, c.name, c.size, c.content_type FROM completion_attachment c "
				+ "WHERE c.assignment_id IN (:ids) AND c.lifecycle_step = (SELECT MAX(l.lifecycle_step) FROM "
				+ "completion_attachment l WHERE l.assignment_id = c.assignment_id) ORDER BY c.assignment_id, c.position")
			.param("ids", assignmentIds)
			.query((rs, row) -> {
				byAssignment.computeIfAbsent(rs.getString("assignment_id"), (id) -> new java.util.ArrayList<>())
					.add(new AttachmentRef(new Sha256(rs.getString("sha256")), rs.getString("name"), rs.getLong("size"),
							rs.getString("content_type")));
				return null;
			})
			.list();
		return byAssignment;
	}

}
