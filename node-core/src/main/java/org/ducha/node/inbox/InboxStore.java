package org.ducha.node.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.notify.Audience;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inbox items and who read them.
 */
@Repository
class InboxStore {

	private static final String COLUMNS = "i.id, i.source_type, i.source_id, i.audience, i.unit_code, i.kind, "
			+ "i.from_node, i.task_id, i.assignment_id, i.title, i.body, i.created_at, i.signed_by, i.signed_at";

	private final JdbcClient jdbc;

	InboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an item unless its source already gave one for the same audience.
	 * @return whether it was stored
	 */
	boolean insert(InboxItem item) {
		try {
			return this.jdbc.sql(
					"INSERT INTO inbox_item (id, source_type, source_id, audience, unit_code, kind, from_node, task_id, "
							+ "assignment_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(item.id(), item.source().name(), item.sourceId(), item.audience().name(), item.unitCode(),
						item.kind(), item.fromNode(), item.taskId(), item.assignmentId(), item.title(), item.body(),
						Timestamp.from(item.createdAt()))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	List<InboxEntry> page(InboxScope scope, boolean unreadOnly, int limit, long offset) {
		Query query = where(scope, unreadOnly);
		query.params.add(limit);
		query.params.add(offset);
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", r.read_at FROM inbox_item i LEFT JOIN inbox_read r "
					+ "ON r.item_id = i.id AND r.subject = ? WHERE " + query.where
					+ " ORDER BY i.created_at DESC, i.id DESC LIMIT ? OFFSET ?")
			.params(query.params)
			.query(InboxStore::entry)
			.list();
	}

	long count(InboxScope scope, boolean unreadOnly) {
		Query query = where(scope, unreadOnly);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM inbox_item i LEFT JOIN inbox_read r ON r.item_id = i.id AND r.subject = ? "
					+ "WHERE " + query.where)
			.params(query.params)
			.query(Long.class)
			.single();
	}

	/** An item within the scope, as the scope's user sees it. */
	Optional<InboxEntry> find(String id, InboxScope scope) {
		Query query = where(scope, false);
		query.params.add(id);
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", r.read_at FROM inbox_item i LEFT JOIN inbox_read r "
					+ "ON r.item_id = i.id AND r.subject = ? WHERE " + query.where + " AND i.id = ?")
			.params(query.params)
			.query(InboxStore::entry)
			.optional();
	}

	/** Records that a user read an item; the first reading stands. */
	void markRead(String id, String subject, Instant at) {
		this.jdbc
			.sql("INSERT INTO inbox_read (item_id, subject, read_at) VALUES (?, ?, ?) "
					+ "ON DUPLICATE KEY UPDATE read_at = read_at")
			.params(id, subject, Timestamp.from(at))
			.update();
	}

	/** Signs for an item; the first signing stands. */
	boolean sign(String id, String by, Instant at) {
		return this.jdbc.sql("UPDATE inbox_item SET signed_by = ?, signed_at = ? WHERE id = ? AND signed_at IS NULL")
			.params(by, Timestamp.from(at), id)
			.update() == 1;
	}

	/** Signs for every item of a source (its recipient signed for it elsewhere). */
	void signSource(InboxSource source, String sourceId, String by, Instant at) {
		this.jdbc
			.sql("UPDATE inbox_item SET signed_by = ?, signed_at = ? "
					+ "WHERE source_type = ? AND source_id = ? AND signed_at IS NULL")
			.params(by, Timestamp.from(at), source.name(), sourceId)
			.update();
	}

	private static Query where(InboxScope scope, boolean unreadOnly) {
		List<Object> params = new ArrayList<>();
		params.add(scope.subject());
		StringBuilder where = new StringBuilder("((i.unit_code = ? AND (i.audience = 'HANDLERS' OR ?))");
		params.add(scope.unitCode());
		params.add(scope.unitHead());
		if (scope.governmentCode() != null) {
			where.append(" OR i.unit_code = ?");
			params.add(scope.governmentCode());
		}
		where.append(")");
		if (unreadOnly) {
			where.append(" AND r.read_at IS NULL");
		}
		return new Query(where.toString(), params);
	}

	private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
		Timestamp signedAt = rs.getTimestamp("signed_at");
		Timestamp readAt = rs.getTimestamp("read_at");
		InboxItem item = new InboxItem(rs.getString("id"), InboxSource.valueOf(rs.getString("source_type")),
				rs.getString("source_id"), Audience.valueOf(rs.getString("audience")), rs.getString("unit_code"),
				rs.getString("kind"), rs.getString("from_node"), rs.getString("task_id"), rs.getString("assignment_id"),
				rs.getString("title"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("signed_by"), (signedAt != null) ? signedAt.toInstant() : null);
		return new InboxEntry(item, (readAt != null) ? readAt.toInstant() : null);
	}

	private record Query(String where, List<Object> params) {
	}

}
