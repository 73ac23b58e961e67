package org.ducha.node.inspection.finding;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.unit.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rectification requirements this node holds (issued here, or copies about its
 * subtree's units), with the issuer's verifications and return visits and the units'
 * reports.
 */
@Repository
class RectificationStore {

	private static final String COLUMNS = "id, finding_id, plan_id, issuing_node, revision, unit_code, unit_name, "
			+ "finding, requirement, working_days, deadline, issued_by, issued_at, closed_by, closed_at";

	private final JdbcClient jdbc;

	private final EvidenceStore evidence;

	RectificationStore(JdbcClient jdbc, EvidenceStore evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	void insert(Rectification rectification) {
		this.jdbc
			.sql("INSERT INTO inspection_rectification (" + COLUMNS + ", unit_node) VALUES (?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(rectification.id(), rectification.findingId(), rectification.planId(), rectification.issuingNode(),
					rectification.revision(), rectification.unitCode(), rectification.unitName(),
					rectification.finding(), rectification.requirement(), rectification.workingDays(),
					Date.valueOf(rectification.deadline()), rectification.issuedBy(),
					Timestamp.from(rectification.issuedAt()), rectification.closedBy(),
					timestamp(rectification.closedAt()), Unit.nodeOf(rectification.unitCode()))
			.update();
		writeDecisions(rectification);
	}

	/** Writes what a new revision may change: verifications, visits and the closing. */
	void update(Rectification rectification) {
		this.jdbc.sql("UPDATE inspection_rectification SET revision = ?, closed_by = ?, closed_at = ? WHERE id = ?")
			.params(rectification.revision(), rectification.closedBy(), timestamp(rectification.closedAt()),
					rectification.id())
			.update();
		writeDecisions(rectification);
	}

	private void writeDecisions(Rectification rectification) {
		for (Verification v : rectification.verifications()) {
			this.jdbc
				.sql("INSERT IGNORE INTO inspection_verification (rectification_id, report_id, confirmed, notes, "
						+ "verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(rectification.id(), v.reportId(), v.confirmed(), v.notes(), v.verifiedBy(),
						Timestamp.from(v.verifiedAt()))
				.update();
		}
		for (ReturnVisit visit : rectification.visits()) {
			this.jdbc
				.sql("INSERT IGNORE INTO inspection_return_visit (id, rectification_id, report_id, visited_on, "
						+ "facts_clear, complete, grassroots_said, public_said, visited_by, visited_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(visit.id(), rectification.id(), visit.reportId(), Date.valueOf(visit.visitedOn()),
						visit.factsClear(), visit.complete(), visit.grassrootsSaid(), visit.publicSaid(),
						visit.visitedBy(), Timestamp.from(visit.visitedAt()))
				.update();
		}
	}

	Optional<Rectification> find(String id) {
		return one("SELECT " + COLUMNS + " FROM inspection_rectification WHERE id = ?", id);
	}

	/**
	 * A requirement, locked until the transaction ends: its revisions never interleave.
	 */
	Optional<Rectification> lock(String id) {
		return one("SELECT " + COLUMNS + " FROM inspection_rectification WHERE id = ? FOR UPDATE", id);
	}

	/** The requirements held here, the latest deadline first. */
	List<Rectification> all() {
		return many("SELECT " + COLUMNS + " FROM inspection_rectification ORDER BY issued_at DESC, id DESC");
	}

	/** The requirements of one plan held here. */
	List<Rectification> ofPlan(String planId) {
		return many("SELECT " + COLUMNS + " FROM inspection_rectification WHERE plan_id = ? ORDER BY issued_at, id",
				planId);
	}

	/** The requirements about units of the given nodes, after an id (re-sync down). */
	List<Rectification> ofNodes(Collection<String> nodes, String afterId, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_rectification WHERE unit_node IN (:nodes) AND id > :after "
					+ "ORDER BY id LIMIT :limit")
			.param("nodes", nodes)
			.param("after", (afterId != null) ? afterId : "")
			.param("limit", limit)
			.query(this::row)
			.list()
			.stream()
			.map(this::withDecisions)
			.toList();
	}

	void insertReport(UnitReport report) {
		int inserted = this.jdbc
			.sql("INSERT IGNORE INTO inspection_rectification_report (id, rectification_id, unit_code, unit_node, "
					+ "content, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(report.id(), report.rectificationId(), report.unitCode(), Unit.nodeOf(report.unitCode()),
					report.content(), report.reportedBy(), Timestamp.from(report.reportedAt()))
			.update();
		if (inserted > 0) {
			this.evidence.write(report.id(), report.attachments());
		}
	}

	Optional<UnitReport> findReport(String id) {
		return this.jdbc.sql("SELECT * FROM inspection_rectification_report WHERE id = ?")
			.param(id)
			.query(this::report)
			.optional();
	}

	/** A requirement's reports, oldest first. */
	List<UnitReport> reports(String rectificationId) {
		return this.jdbc
			.sql("SELECT * FROM inspection_rectification_report WHERE rectification_id = ? ORDER BY reported_at, id")
			.param(rectificationId)
			.query(this::report)
			.list();
	}

	/**
	 * Reports of units of the given nodes on requirements issued outside them, after an
	 * id (re-sync up).
	 */
	List<UnitReport> reportsOfNodes(Collection<String> nodes, String afterId, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT p.* FROM inspection_rectification_report p JOIN inspection_rectification r "
					+ "ON r.id = p.rectification_id WHERE p.unit_node IN (:nodes) AND r.issuing_node NOT IN (:nodes) "
					+ "AND p.id > :after ORDER BY p.id LIMIT :limit")
			.param("nodes", nodes)
			.param("after", (afterId != null) ? afterId : "")
			.param("limit", limit)
			.query(this::report)
			.list();
	}

	private UnitReport report(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		return new UnitReport(id, rs.getString("rectification_id"), rs.getString("unit_code"), rs.getString("content"),
				this.evidence.of(id), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant());
	}

	private Optional<Rectification> one(String sql, String id) {
		return this.jdbc.sql(sql).param(id).query(this::row).optional().map(this::withDecisions);
	}

	private List<Rectification> many(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(this::row).list().stream().map(this::withDecisions).toList();
	}

	private Rectification row(ResultSet rs, int row) throws SQLException {
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new Rectification(rs.getString("id"), rs.getString("finding_id"), rs.getString("plan_id"),
				rs.getString("issuing_node"), rs.getLong("revision"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("finding"), rs.getString("requirement"),
				rs.getInt("working_days"), rs.getDate("deadline").toLocalDate(), rs.getString("issued_by"),
				rs.getTimestamp("issued_at").toInstant(), List.of(), List.of(), rs.getString("closed_by"),
				(closedAt != null) ? closedAt.toInstant() : null);
	}

	private Rectification withDecisions(Rectification r) {
		List<Verification> verifications = this.jdbc
			.sql("SELECT * FROM inspection_verification WHERE rectification_id = ? ORDER BY verified_at, report_id")
			.param(r.id())
			.query((rs, row) -> new Verification(rs.getString("report_id"), rs.getBoolean("confirmed"),
					rs.getString("notes"), rs.getString("verified_by"), rs.getTimestamp("verified_at").toInstant()))
			.list();
		List<ReturnVisit> visits = this.jdbc
			.sql("SELECT * FROM inspection_return_visit WHERE rectification_id = ? ORDER BY visited_at, id")
			.param(r.id())
			.query((rs, row) -> new ReturnVisit(rs.getString("id"), rs.getString("report_id"),
					rs.getDate("visited_on").toLocalDate(), rs.getBoolean("facts_clear"), rs.getBoolean("complete"),
					rs.getString("grassroots_said"), rs.getString("public_said"), rs.getString("visited_by"),
					rs.getTimestamp("visited_at").toInstant()))
			.list();
		return new Rectification(r.id(), r.findingId(), r.planId(), r.issuingNode(), r.revision(), r.unitCode(),
				r.unitName(), r.finding(), r.requirement(), r.workingDays(), r.deadline(), r.issuedBy(), r.issuedAt(),
				verifications, visits, r.closedBy(), r.closedAt());
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
