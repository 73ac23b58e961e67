package org.ducha.node.accountability;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.people.ChargeRole;
import org.ducha.node.unit.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ladder steps this node holds (issued here, or copies of steps about its subtree's
 * units), with their basis, the issuer's rectification decisions and the units'
 * rectification reports.
 */
@Repository
class StepStore {

	private static final String COLUMNS = "id, kind, issuing_node, revision, unit_code, unit_name, person_id, "
			+ "person_name, person_title, person_role, issued_on, reason, rectification_deadline, proposed_by, "
			+ "confirmed_by, approved_by, issued_at, meeting_date, meeting_principal, meeting_explanation, "
			+ "meeting_commitment, meeting_recorded_by, meeting_recorded_at";

	private final JdbcClient jdbc;

	private final BasisStore basis;

	StepStore(JdbcClient jdbc, BasisStore basis) {
		this.jdbc = jdbc;
		this.basis = basis;
	}

	void insert(LadderStep step) {
		MeetingExplanation meeting = step.explanation();
		this.jdbc
			.sql("INSERT INTO ladder_step (" + COLUMNS + ", unit_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(step.id(), step.kind().name(), step.issuingNode(), step.revision(), step.unitCode(),
					step.unitName(), step.personId(), step.personName(), step.personTitle(),
					(step.personRole() != null) ? step.personRole().name() : null, Date.valueOf(step.issuedOn()),
					step.reason(), date(step.rectificationDeadline()), step.proposedBy(), step.confirmedBy(),
					step.approvedBy(), Timestamp.from(step.issuedAt()),
					(meeting != null) ? Date.valueOf(meeting.meetingDate()) : null,
					(meeting != null) ? meeting.principalName() : null,
					(meeting != null) ? meeting.explanation() : null, (meeting != null) ? meeting.commitment() : null,
					(meeting != null) ? meeting.recordedBy() : null,
					(meeting != null) ? Timestamp.from(meeting.recordedAt()) : null, Unit.nodeOf(step.unitCode()))
			.update();
		this.basis.write(step.id(), step.basis());
		writeDecisions(step);
	}

	/** Writes what a new revision may change: the decisions and the explanation. */
	void update(LadderStep step) {
		MeetingExplanation meeting = step.explanation();
		this.jdbc.sql(
				"UPDATE ladder_step SET revision = ?, meeting_date = ?, meeting_principal = ?, meeting_explanation = ?, "
						+ "meeting_commitment = ?, meeting_recorded_by = ?, meeting_recorded_at = ? WHERE id = ?")
			.params(step.revision(), (meeting != null) ? Date.valueOf(meeting.meetingDate()) : null,
					(meeting != null) ? meeting.principalName() : null,
					(meeting != null) ? meeting.explanation() : null, (meeting != null) ? meeting.commitment() : null,
					(meeting != null) ? meeting.recordedBy() : null,
					(meeting != null) ? Timestamp.from(meeting.recordedAt()) : null, step.id())
			.update();
		writeDecisions(step);
	}

	private void writeDecisions(LadderStep step) {
		for (RectificationDecision decision : step.decisions()) {
			this.jdbc
				.sql("INSERT IGNORE INTO rectification_decision (step_id, report_id, accepted, reason, decided_by, "
						+ "decided_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(step.id(), decision.reportId(), decision.accepted(), decision.reason(), decision.decidedBy(),
						Timestamp.from(decision.decidedAt()))
				.update();
		}
	}

	Optional<LadderStep> find(String id) {
		return one("SELECT " + COLUMNS + " FROM ladder_step WHERE id = ?", id);
	}

	/** A step, locked until the transaction ends: its revisions never interleave. */
	Optional<LadderStep> lock(String id) {
		return one("SELECT " + COLUMNS + " FROM ladder_step WHERE id = ? FOR UPDATE", id);
	}

	/** The steps about a unit, the latest first. */
	List<LadderStep> aboutUnit(String unitCode) {
		return many("SELECT " + COLUMNS + " FROM ladder_step WHERE unit_code = ? ORDER BY issued_on DESC, id DESC",
				unitCode);
	}

	/** The steps counting against a person, the latest first. */
	List<LadderStep> aboutPerson(String personId) {
		return many("SELECT " + COLUMNS + " FROM ladder_step WHERE person_id = ? ORDER BY issued_on DESC, id DESC",
				personId);
	}

	/** The interviews of a person known here. */
	List<LadderStep> interviewsOf(String personId) {
		return many("SELECT " + COLUMNS + " FROM ladder_step WHERE person_id = ? AND kind = 'INTERVIEW'", personId);
	}

	/** Steps of a kind this node issued on or after a day. */
	List<LadderStep> issuedHere(String self, StepKind kind, LocalDate since) {
		return many("SELECT " + COLUMNS + " FROM ladder_step WHERE issuing_node = ? AND kind = ? AND issued_on >= ? "
				+ "ORDER BY issued_on, id", self, kind.name(), Date.valueOf(since));
	}

	/** This node's notices whose rectification deadline passed before a day. */
	List<LadderStep> noticesPastDeadline(String self, LocalDate today) {
		return many("SELECT " + COLUMNS + " FROM ladder_step WHERE issuing_node = ? AND kind = 'NOTICE' "
				+ "AND rectification_deadline < ? ORDER BY issued_on, id", self, Date.valueOf(today));
	}

	/** How many steps holding a unit to account fall in a year. */
	long punitiveAbout(String unitCode, int year) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM ladder_step WHERE unit_code = ? AND kind <> 'COMMENDATION' "
					+ "AND issued_on BETWEEN ? AND ?")
			.params(unitCode, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
			.query(Long.class)
			.single();
	}

	/** A page of the steps held here, the latest first. */
	List<LadderStep> page(int limit, long offset) {
		return many("SELECT " + COLUMNS + " FROM ladder_step ORDER BY issued_on DESC, id DESC LIMIT ? OFFSET ?", limit,
				offset);
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ladder_step").query(Long.class).single();
	}

	/**
	 * Steps issued inside the given nodes about units inside them (re-sync up), or issued
	 * outside them about units inside them (re-sync down), after a step id.
	 */
	List<LadderStep> forSubtree(Collection<String> nodes, boolean issuedInside, String afterId, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ladder_step WHERE unit_node IN (:nodes) AND issuing_node "
					+ (issuedInside ? "IN" : "NOT IN") + " (:nodes) AND id > :after ORDER BY id LIMIT :limit")
			.param("nodes", nodes)
			.param("after", afterId)
			.param("limit", limit)
			.query(this::row)
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	boolean insertReport(RectificationReport report) {
		return this.jdbc
			.sql("INSERT IGNORE INTO rectification_report (id, step_id, unit_code, unit_node, content, reported_by, "
					+ "reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(report.id(), report.stepId(), report.unitCode(), Unit.nodeOf(report.unitCode()), report.content(),
					report.reportedBy(), Timestamp.from(report.reportedAt()))
			.update() == 1;
	}

	/** A rectification report by its id. */
	Optional<RectificationReport> findReport(String id) {
		return this.jdbc
			.sql("SELECT id, step_id, unit_code, content, reported_by, reported_at FROM rectification_report "
					+ "WHERE id = ?")
			.param(id)
			.query(StepStore::report)
			.optional();
	}

	/** A notice's rectification reports, oldest first. */
	List<RectificationReport> reports(String stepId) {
		return this.jdbc
			.sql("SELECT id, step_id, unit_code, content, reported_by, reported_at FROM rectification_report "
					+ "WHERE step_id = ? ORDER BY reported_at, id")
			.param(stepId)
			.query(StepStore::report)
			.list();
	}

	/** Reports of units of the given nodes, after a report id (re-sync up). */
	List<RectificationReport> reportsOfNodes(Collection<String> nodes, String afterId, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT id, step_id, unit_code, content, reported_by, reported_at FROM rectification_report "
					+ "WHERE unit_node IN (:nodes) AND id > :after ORDER BY id LIMIT :limit")
			.param("nodes", nodes)
			.param("after", afterId)
			.param("limit", limit)
			.query(StepStore::report)
			.list();
	}

	private static RectificationReport report(ResultSet rs, int row) throws SQLException {
		return new RectificationReport(rs.getString("id"), rs.getString("step_id"), rs.getString("unit_code"),
				rs.getString("content"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant());
	}

	private Optional<LadderStep> one(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(this::row).optional().map(this::complete);
	}

	private List<LadderStep> many(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(this::row).list().stream().map(this::complete).toList();
	}

	private LadderStep complete(LadderStep step) {
		List<RectificationDecision> decisions = this.jdbc
			.sql("SELECT report_id, accepted, reason, decided_by, decided_at FROM rectification_decision "
					+ "WHERE step_id = ? ORDER BY decided_at, report_id")
			.param(step.id())
			.query((rs, row) -> new RectificationDecision(rs.getString("report_id"), rs.getBoolean("accepted"),
					rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
			.list();
		return new LadderStep(step.id(), step.kind(), step.issuingNode(), step.revision(), step.unitCode(),
				step.unitName(), step.personId(), step.personName(), step.personTitle(), step.personRole(),
				step.issuedOn(), step.reason(), this.basis.of(step.id()), step.rectificationDeadline(),
				step.proposedBy(), step.confirmedBy(), step.approvedBy(), step.issuedAt(), decisions,
				step.explanation());
	}

	private LadderStep row(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("person_role");
		Date meetingDate = rs.getDate("meeting_date");
		MeetingExplanation meeting = (meetingDate != null)
				? new MeetingExplanation(meetingDate.toLocalDate(), rs.getString("meeting_principal"),
						rs.getString("meeting_explanation"), rs.getString("meeting_commitment"),
						rs.getString("meeting_recorded_by"), rs.getTimestamp("meeting_recorded_at").toInstant())
				: null;
		Date deadline = rs.getDate("rectification_deadline");
		return new LadderStep(rs.getString("id"), StepKind.valueOf(rs.getString("kind")), rs.getString("issuing_node"),
				rs.getLong("revision"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("person_id"),
				rs.getString("person_name"), rs.getString("person_title"),
				(role != null) ? ChargeRole.valueOf(role) : null, rs.getDate("issued_on").toLocalDate(),
				rs.getString("reason"), List.of(), (deadline != null) ? deadline.toLocalDate() : null,
				rs.getString("proposed_by"), rs.getString("confirmed_by"), rs.getString("approved_by"),
				rs.getTimestamp("issued_at").toInstant(), new ArrayList<>(), meeting);
	}

	private static Date date(LocalDate value) {
		return (value != null) ? Date.valueOf(value) : null;
	}

}
