package org.ducha.node.inspection.conclusion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.unit.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conclusions this node holds: written here, or copies of those on the way between
 * the issuing node and the unit's node; with the objection's attachments and the review
 * reminders sent.
 */
@Repository
class ConclusionStore {

	private static final String COLUMNS = "id, plan_id, issuing_node, unit_code, unit_name, text, drafted_by, "
			+ "drafted_at, approved_by, issued_on, signed_on, signed_by, objection_on, objection_by, "
			+ "objection_reasons, objection_at, review_outcome, review_text, reviewed_by, reviewed_on, review_late, "
			+ "reviewed_at";

	private final JdbcClient jdbc;

	ConclusionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a conclusion as it now stands; its facts once written never change here. */
	void save(Conclusion c) {
		Objection o = c.objection();
		Review r = c.review();
		this.jdbc.sql("INSERT INTO inspection_conclusion (" + COLUMNS + ", unit_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE approved_by = VALUES(approved_by), "
				+ "issued_on = VALUES(issued_on), signed_on = VALUES(signed_on), signed_by = VALUES(signed_by), "
				+ "objection_on = VALUES(objection_on), objection_by = VALUES(objection_by), "
				+ "objection_reasons = VALUES(objection_reasons), objection_at = VALUES(objection_at), "
				+ "review_outcome = VALUES(review_outcome), review_text = VALUES(review_text), "
				+ "reviewed_by = VALUES(reviewed_by), reviewed_on = VALUES(reviewed_on), "
				+ "review_late = VALUES(review_late), reviewed_at = VALUES(reviewed_at)")
			.params(c.id(), c.planId(), c.issuingNode(), c.unitCode(), c.unitName(), c.text(), c.draftedBy(),
					Timestamp.from(c.draftedAt()), c.approvedBy(), date(c.issuedOn()), date(c.signedOn()), c.signedBy(),
					(o != null) ? date(o.filedOn()) : null, (o != null) ? o.filedBy() : null,
					(o != null) ? o.reasons() : null, (o != null) ? Timestamp.from(o.filedAt()) : null,
					(r != null) ? r.outcome().name() : null, (r != null) ? r.changedText() : null,
					(r != null) ? r.reviewedBy() : null, (r != null) ? date(r.reviewedOn()) : null,
					(r != null) ? r.late() : null, (r != null) ? Timestamp.from(r.reviewedAt()) : null,
					Unit.nodeOf(c.unitCode()))
			.update();
		if (o != null) {
			for (int i = 0; i < o.attachmentIds().size(); i++) {
				this.jdbc
					.sql("INSERT IGNORE INTO conclusion_objection_attachment (conclusion_id, position, attachment_id) "
							+ "VALUES (?, ?, ?)")
					.params(c.id(), i, o.attachmentIds().get(i))
					.update();
			}
		}
	}

	Optional<Conclusion> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_conclusion WHERE id = ?")
			.param(id)
			.query(this::row)
			.optional();
	}

	/** A conclusion, locked until the transaction ends: its steps never interleave. */
	Optional<Conclusion> lock(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_conclusion WHERE id = ? FOR UPDATE")
			.param(id)
			.query(this::row)
			.optional();
	}

	/** The conclusions on a plan, oldest first. */
	List<Conclusion> ofPlan(String planId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_conclusion WHERE plan_id = ? ORDER BY drafted_at, id")
			.param(planId)
			.query(this::row)
			.list();
	}

	/** A page of the conclusions held here, the latest first. */
	List<Conclusion> page(int limit, long offset) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_conclusion ORDER BY drafted_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(this::row)
			.list();
	}

	/**
	 * Conclusions about units of the given nodes issued outside them, from an id on: the
	 * issued ones (re-sync down) or those signed for (re-sync up).
	 */
	List<Conclusion> issuedInto(Collection<String> nodes, boolean signedOnly, String fromId, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_conclusion WHERE unit_node IN (:nodes) "
					+ "AND issuing_node NOT IN (:nodes) AND " + (signedOnly ? "signed_on" : "issued_on")
					+ " IS NOT NULL AND id >= :from ORDER BY id LIMIT :limit")
			.param("nodes", nodes)
			.param("from", fromId)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** Objections to this node's conclusions still waiting for their review. */
	List<Conclusion> awaitingReview(String issuingNode) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_conclusion WHERE issuing_node = ? "
					+ "AND objection_on IS NOT NULL AND review_outcome IS NULL ORDER BY objection_on, id")
			.param(issuingNode)
			.query(this::row)
			.list();
	}

	/** Records a review reminder once; false when this mark was reminded already. */
	boolean remindOnce(String conclusionId, int daysBefore, LocalDate dueOn, Instant at) {
		return this.jdbc
			.sql("INSERT IGNORE INTO conclusion_review_reminder (conclusion_id, days_before, due_on, sent_at) "
					+ "VALUES (?, ?, ?, ?)")
			.params(conclusionId, daysBefore, Date.valueOf(dueOn), Timestamp.from(at))
			.update() == 1;
	}

	/** The marks reminded for a conclusion's review, in days before its deadline. */
	List<Integer> reminded(String conclusionId) {
		return this.jdbc
			.sql("SELECT days_before FROM conclusion_review_reminder WHERE conclusion_id = ? ORDER BY days_before DESC")
			.param(conclusionId)
			.query(Integer.class)
			.list();
	}

	private List<String> attachments(String conclusionId) {
		return this.jdbc
			.sql("SELECT attachment_id FROM conclusion_objection_attachment WHERE conclusion_id = ? ORDER BY position")
			.param(conclusionId)
			.query(String.class)
			.list();
	}

	private Conclusion row(ResultSet rs, int n) throws SQLException {
		String id = rs.getString("id");
		Objection objection = (rs.getDate("objection_on") != null)
				? new Objection(rs.getDate("objection_on").toLocalDate(), rs.getString("objection_by"),
						rs.getString("objection_reasons"), attachments(id), rs.getTimestamp("objection_at").toInstant())
				: null;
		Review review = (rs.getString("review_outcome") != null)
				? new Review(ReviewOutcome.valueOf(rs.getString("review_outcome")), rs.getString("review_text"),
						rs.getString("reviewed_by"), rs.getDate("reviewed_on").toLocalDate(),
						rs.getBoolean("review_late"), rs.getTimestamp("reviewed_at").toInstant())
				: null;
		return new Conclusion(id, rs.getString("plan_id"), rs.getString("issuing_node"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("text"), rs.getString("drafted_by"),
				rs.getTimestamp("drafted_at").toInstant(), rs.getString("approved_by"), local(rs.getDate("issued_on")),
				local(rs.getDate("signed_on")), rs.getString("signed_by"), objection, review);
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static LocalDate local(Date day) {
		return (day != null) ? day.toLocalDate() : null;
	}

}
