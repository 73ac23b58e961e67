package org.ducha.node.priority;

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
 * The annual priorities stored at this node, its own and the copies of those of the nodes
 * above, with their items and this node's links to them.
 */
@Repository
class PriorityStore {

	private static final String COLUMNS = "id, node_code, node_name, year, status, drafted_by, drafted_at, "
			+ "sent_back_reason, approved_by, approved_at, version";

	private final JdbcClient jdbc;

	PriorityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AnnualPriorities p) {
		this.jdbc.sql("INSERT INTO annual_priorities (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(p.id().toString(), p.nodeCode(), p.nodeName(), p.year(), p.status().name(), p.draftedBy(),
					timestamp(p.draftedAt()), p.sentBackReason(), p.approvedBy(), timestamp(p.approvedAt()))
			.update();
		writeItems(p);
	}

	Optional<AnnualPriorities> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM annual_priorities WHERE id = ?")
			.param(id.toString())
			.query(this::row)
			.optional();
	}

	Optional<AnnualPriorities> find(String nodeCode, int year) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM annual_priorities WHERE node_code = ? AND year = ?")
			.params(nodeCode, year)
			.query(this::row)
			.optional();
	}

	/** The priorities an item belongs to. */
	Optional<AnnualPriorities> ofItem(UUID itemId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM annual_priorities WHERE id = "
					+ "(SELECT priorities_id FROM annual_priority_item WHERE id = ?)")
			.param(itemId.toString())
			.query(this::row)
			.optional();
	}

	/**
	 * Writes a step or a revision, unless another one committed since it was read.
	 * @throws OptimisticLockingFailureException when one did
	 */
	AnnualPriorities update(AnnualPriorities p) {
		int updated = this.jdbc
			.sql("UPDATE annual_priorities SET status = ?, sent_back_reason = ?, approved_by = ?, approved_at = ?, "
					+ "version = version + 1 WHERE id = ? AND version = ?")
			.params(p.status().name(), p.sentBackReason(), p.approvedBy(), timestamp(p.approvedAt()), p.id().toString(),
					p.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Priorities " + p.id() + " changed meanwhile");
		}
		if (p.status() == PriorityStatus.DRAFT) {
			writeItems(p);
		}
		return find(p.id()).orElseThrow();
	}

	/** Every year's priorities stored here (own and copies), the latest year first. */
	List<AnnualPriorities> all(Integer year, List<PriorityStatus> statuses) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM annual_priorities WHERE status IN (:statuses)"
					+ ((year != null) ? " AND year = :year" : "") + " ORDER BY year DESC, node_code, id")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("year", (year != null) ? year : 0)
			.query(this::row)
			.list();
	}

	/**
	 * The approved priorities stored here, for a re-sync towards a child, after an id.
	 */
	List<AnnualPriorities> approvedAfter(String afterId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM annual_priorities WHERE status = 'APPROVED' AND id > ? "
					+ "ORDER BY id LIMIT ?")
			.params(afterId, limit)
			.query(this::row)
			.list();
	}

	boolean link(PriorityLink link) {
		return this.jdbc
			.sql("INSERT IGNORE INTO annual_priority_link (item_id, target_kind, target_id, linked_by, linked_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(link.itemId().toString(), link.kind().name(), link.targetId(), link.linkedBy(),
					timestamp(link.linkedAt()))
			.update() == 1;
	}

	boolean unlink(UUID itemId, TargetKind kind, String targetId) {
		return this.jdbc.sql("DELETE FROM annual_priority_link WHERE item_id = ? AND target_kind = ? AND target_id = ?")
			.params(itemId.toString(), kind.name(), targetId)
			.update() == 1;
	}

	/** The links to the items of some priorities, oldest first. */
	List<PriorityLink> links(UUID prioritiesId) {
		return this.jdbc
			.sql("SELECT l.item_id, l.target_kind, l.target_id, l.linked_by, l.linked_at FROM annual_priority_link l "
					+ "JOIN annual_priority_item i ON i.id = l.item_id WHERE i.priorities_id = ? "
					+ "ORDER BY i.position, l.linked_at, l.target_id")
			.param(prioritiesId.toString())
			.query((rs, n) -> new PriorityLink(UUID.fromString(rs.getString("item_id")),
					TargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_id"),
					rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant()))
			.list();
	}

	private void writeItems(AnnualPriorities p) {
		String id = p.id().toString();
		this.jdbc.sql("DELETE FROM annual_priority_item WHERE priorities_id = ?").param(id).update();
		List<PriorityItem> items = p.items();
		for (int i = 0; i < items.size(); i++) {
			this.jdbc
				.sql("INSERT INTO annual_priority_item (id, priorities_id, position, title, description) "
						+ "VALUES (?, ?, ?, ?, ?)")
				.params(items.get(i).id().toString(), id, i, items.get(i).title(), items.get(i).description())
				.update();
		}
	}

	private AnnualPriorities row(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		List<PriorityItem> items = this.jdbc
			.sql("SELECT id, title, description FROM annual_priority_item WHERE priorities_id = ? ORDER BY position")
			.param(id)
			.query((r, n) -> new PriorityItem(UUID.fromString(r.getString("id")), r.getString("title"),
					r.getString("description")))
			.list();
		return new AnnualPriorities(UUID.fromString(id), rs.getString("node_code"), rs.getString("node_name"),
				rs.getInt("year"), items, PriorityStatus.valueOf(rs.getString("status")), rs.getString("drafted_by"),
				instant(rs, "drafted_at"), rs.getString("sent_back_reason"), rs.getString("approved_by"),
				instant(rs, "approved_at"), rs.getLong("version"));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
