package org.ducha.node.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.ducha.node.record.AssignmentFacts.Keyed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts read from the accountability ladder and the inspection rectifications: what
 * supervision did about a unit, as this node holds it.
 */
@Repository
class OversightFacts {

	private final JdbcClient jdbc;

	OversightFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ladder steps about the units issued on a day in the window. */
	List<Keyed<LadderFact>> ladderSteps(Collection<String> units, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT unit_code, id, kind, issuing_node, issued_on, person_name, reason FROM ladder_step "
					+ "WHERE unit_code IN (:units) AND issued_on BETWEEN :from AND :to ORDER BY issued_on, id")
			.params(AssignmentFacts.params(units, from, to, to))
			.query((rs, row) -> new Keyed<>(rs.getString("unit_code"),
					new LadderFact(rs.getString("id"), rs.getString("kind"), rs.getString("issuing_node"),
							AssignmentFacts.day(rs.getDate("issued_on")), rs.getString("person_name"),
							rs.getString("reason"), !"COMMENDATION".equals(rs.getString("kind")))))
			.list();
	}

	/**
	 * Inspection rectifications required of the units, issued or due in the window;
	 * overdue when not closed by the deadline and the deadline passed before the window's
	 * end (or {@code asOf}).
	 */
	List<Keyed<RectificationFact>> rectifications(Collection<String> units, LocalDate from, LocalDate to,
			LocalDate asOf) {
		LocalDate end = to.isBefore(asOf) ? to : asOf;
		return this.jdbc
			.sql("SELECT r.unit_code, r.id, r.finding_id, r.plan_id, r.issuing_node, r.requirement, r.issued_at, "
					+ "r.deadline, r.closed_at, EXISTS (SELECT 1 FROM inspection_rectification_report p "
					+ "WHERE p.rectification_id = r.id) AS reported FROM inspection_rectification r "
					+ "WHERE r.unit_code IN (:units) AND (r.deadline BETWEEN :from AND :to "
					+ "OR (r.issued_at >= :fromStart AND r.issued_at < :toEnd)) ORDER BY r.deadline, r.id")
			.params(AssignmentFacts.params(units, from, to, asOf))
			.query((rs, row) -> {
				LocalDate issued = AssignmentFacts.day(rs.getTimestamp("issued_at"));
				LocalDate deadline = AssignmentFacts.day(rs.getDate("deadline"));
				LocalDate closed = AssignmentFacts.day(rs.getTimestamp("closed_at"));
				boolean overdue = deadline.isBefore(end) && (closed == null || closed.isAfter(deadline));
				return new Keyed<>(rs.getString("unit_code"),
						new RectificationFact(rs.getString("id"), rs.getString("finding_id"), rs.getString("plan_id"),
								rs.getString("issuing_node"), rs.getString("requirement"), issued, deadline, closed,
								rs.getBoolean("reported"), overdue));
			})
			.list()
			.stream()
			.filter((keyed) -> inWindow(keyed.fact().deadline(), from, to)
					|| inWindow(keyed.fact().issuedOn(), from, to))
			.toList();
	}

	private static boolean inWindow(LocalDate day, LocalDate from, LocalDate to) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

}
