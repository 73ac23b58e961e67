package org.ducha.node.record;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts read from tasks, assignments, report slots and extension requests. Like the
 * dashboards (docs/business-rules.md §6.8), reports, overdue items and completions count
 * the lead units' assignments; signing counts every unit's. Assignments handed back and
 * tasks never issued (draft, pending approval, withdrawn) are left out.
 */
@Repository
class AssignmentFacts {

	private static final String COUNTED = "a.status <> 'RETURNED' "
			+ "AND t.status NOT IN ('DRAFT', 'PENDING_APPROVAL', 'WITHDRAWN') AND a.unit_code IN (:units)";

	private static final String LEAD = " AND a.role = 'LEAD'";

	/** Open: neither completed nor returned, on a task being worked on. */
	private static final String OPEN = "(a.status <> 'COMPLETED' AND t.status IN ('ISSUED', 'IN_PROGRESS'))";

	private static final String IN_FORCE = "COALESCE(a.due_date, t.deadline)";

	private final JdbcClient jdbc;

	AssignmentFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Report slots due in the window: filled, or overdue before {@code asOf} and
	 * unfilled.
	 */
	List<Keyed<ReportFact>> reports(Collection<String> units, LocalDate from, LocalDate to, LocalDate asOf) {
		return this.jdbc
			.sql("SELECT a.unit_code, s.assignment_id, s.ordinal, t.id AS task_id, t.number, t.title, s.label, "
					+ "s.due_date, s.report_id, s.reported_on, s.on_time FROM report_slot s "
					+ "JOIN assignment a ON a.id = s.assignment_id JOIN task t ON t.id = a.task_id WHERE " + COUNTED
					+ LEAD + " AND s.due_date BETWEEN :from AND :to AND (s.report_id IS NOT NULL "
					+ "OR (s.due_date < :asOf AND " + OPEN + ")) ORDER BY s.due_date, s.assignment_id, s.ordinal")
			.params(params(units, from, to, asOf))
			.query((rs, row) -> {
				String reportId = rs.getString("report_id");
				ReportFact.Outcome outcome = (reportId == null) ? ReportFact.Outcome.MISSING
						: rs.getBoolean("on_time") ? ReportFact.Outcome.ON_TIME : ReportFact.Outcome.LATE;
				return new Keyed<>(rs.getString("unit_code"),
						new ReportFact(rs.getString("assignment_id"), rs.getInt("ordinal"), rs.getString("task_id"),
								rs.getString("number"), rs.getString("title"), rs.getString("label"),
								day(rs.getDate("due_date")), reportId, day(rs.getDate("reported_on")), outcome));
			})
			.list();
	}

	/**
	 * Lead assignments whose deadline in force passed before the window's end (or
	 * {@code asOf}) while completion had not been asked for, and that were still not
	 * asked for on the window's first day.
	 */
	List<Keyed<OverdueFact>> overdue(Collection<String> units, LocalDate from, LocalDate to, LocalDate asOf,
			CalendarData calendar) {
		LocalDate end = to.isBefore(asOf) ? to : asOf;
		return this.jdbc
			.sql("SELECT a.unit_code, a.id, t.id AS task_id, t.number, t.title, " + IN_FORCE + " AS deadline, "
					+ "a.completion_requested_at, " + OPEN + " AS is_open FROM assignment a "
					+ "JOIN task t ON t.id = a.task_id WHERE " + COUNTED + LEAD + " AND " + IN_FORCE
					+ " < :end AND (a.completion_requested_at IS NOT NULL OR " + OPEN + ") ORDER BY deadline, a.id")
			.params(params(units, from, to, asOf))
			.param("end", Date.valueOf(end))
			.query((rs, row) -> {
				LocalDate deadline = day(rs.getDate("deadline"));
				LocalDate asked = day(rs.getTimestamp("completion_requested_at"));
				if (asked != null && (!asked.isAfter(deadline) || asked.isBefore(from))) {
					return null;
				}
				LocalDate until = (asked != null && asked.isBefore(end)) ? asked : end;
				return new Keyed<>(rs.getString("unit_code"),
						new OverdueFact(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
								rs.getString("title"), deadline, asked, asked == null && rs.getBoolean("is_open"),
								calendar.workingDaysBetween(deadline, until)));
			})
			.list()
			.stream()
			.filter((keyed) -> keyed != null)
			.toList();
	}

	/** Lead assignments whose completion was accepted on a day in the window. */
	List<Keyed<CompletionFact>> completions(Collection<String> units, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT a.unit_code, a.id, t.id AS task_id, t.number, t.title, t.deadline AS original, " + IN_FORCE
					+ " AS in_force, a.completion_requested_at, a.decided_at FROM assignment a "
					+ "JOIN task t ON t.id = a.task_id WHERE " + COUNTED + LEAD + " AND a.status = 'COMPLETED' "
					+ "AND a.decided_at >= :fromStart AND a.decided_at < :toEnd ORDER BY a.decided_at, a.id")
			.params(params(units, from, to, to))
			.query((rs, row) -> {
				LocalDate original = day(rs.getDate("original"));
				LocalDate inForce = day(rs.getDate("in_force"));
				LocalDate asked = day(rs.getTimestamp("completion_requested_at"));
				LocalDate decided = day(rs.getTimestamp("decided_at"));
				LocalDate requested = (asked != null) ? asked : decided;
				return new Keyed<>(rs.getString("unit_code"),
						new CompletionFact(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
								rs.getString("title"), original, inForce, requested, decided,
								!requested.isAfter(original), !requested.isAfter(inForce)));
			})
			.list()
			.stream()
			.filter((keyed) -> !keyed.fact().completedOn().isBefore(from) && !keyed.fact().completedOn().isAfter(to))
			.toList();
	}

	/** Extension requests granted on a day in the window. */
	List<Keyed<ExtensionFact>> extensions(Collection<String> units, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT e.unit_code, e.id, e.assignment_id, e.task_id, t.number, e.deadline_before, e.approved_date, "
					+ "e.decided_at FROM extension_request e JOIN assignment a ON a.id = e.assignment_id "
					+ "JOIN task t ON t.id = e.task_id WHERE " + COUNTED + " AND e.status = 'APPROVED' "
					+ "AND e.decided_at >= :fromStart AND e.decided_at < :toEnd ORDER BY e.decided_at, e.id")
			.params(params(units, from, to, to))
			.query((rs, row) -> new Keyed<>(rs.getString("unit_code"),
					new ExtensionFact(rs.getString("id"), rs.getString("assignment_id"), rs.getString("task_id"),
							rs.getString("number"), day(rs.getDate("deadline_before")),
							day(rs.getDate("approved_date")), day(rs.getTimestamp("decided_at")))))
			.list()
			.stream()
			.filter((keyed) -> !keyed.fact().decidedOn().isBefore(from) && !keyed.fact().decidedOn().isAfter(to))
			.toList();
	}

	/**
	 * Assignments whose signing limit fell in the window (before {@code asOf}) and that
	 * were signed after it or not at all.
	 */
	List<Keyed<ClaimOverdueFact>> claimOverdue(Collection<String> units, LocalDate from, LocalDate to, LocalDate asOf,
			CalendarData calendar) {
		LocalDate end = to.isBefore(asOf) ? to : asOf;
		return this.jdbc
			.sql("SELECT a.unit_code, a.id, t.id AS task_id, t.number, a.role, a.sign_by, a.signed_at, a.status "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE " + COUNTED
					+ " AND a.sign_by BETWEEN :from AND :to AND a.sign_by < :end ORDER BY a.sign_by, a.id")
			.params(params(units, from, to, asOf))
			.param("end", Date.valueOf(end))
			.query((rs, row) -> {
				LocalDate signBy = day(rs.getDate("sign_by"));
				LocalDate signed = day(rs.getTimestamp("signed_at"));
				boolean waiting = signed == null && "PENDING_SIGN".equals(rs.getString("status"));
				if (!waiting && (signed == null || !signed.isAfter(signBy))) {
					return null;
				}
				LocalDate until = (signed != null && signed.isBefore(end)) ? signed : end;
				return new Keyed<>(rs.getString("unit_code"),
						new ClaimOverdueFact(rs.getString("id"), rs.getString("task_id"), rs.getString("number"),
								rs.getString("role"), signBy, signed, calendar.workingDaysBetween(signBy, until)));
			})
			.list()
			.stream()
			.filter((keyed) -> keyed != null)
			.toList();
	}

	static Map<String, Object> params(Collection<String> units, LocalDate from, LocalDate to, LocalDate asOf) {
		return Map.of("units", units, "from", Date.valueOf(from), "to", Date.valueOf(to), "asOf", Date.valueOf(asOf),
				"fromStart", Timestamp.valueOf(from.minusDays(1).atStartOfDay()), "toEnd",
				Timestamp.valueOf(to.plusDays(2).atStartOfDay()));
	}

	static LocalDate day(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/** The day of an instant in the nodes' zone (Asia/Shanghai). */
	static LocalDate day(Timestamp timestamp) {
		return (timestamp != null) ? LocalDate.ofInstant(timestamp.toInstant(), NodeIdentity.ZONE) : null;
	}

	/** A fact with the unit it is about. */
	record Keyed<T>(String unitCode, T fact) {
	}

}
