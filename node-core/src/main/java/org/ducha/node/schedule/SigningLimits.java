package org.ducha.node.schedule;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.Task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signing limit of each assignment (签收时限, docs/business-rules.md §6.7): the N-th
 * working day after the day it was handed to its unit (its task's issue, or its
 * reassignment), {@code ducha.signing.limit-working-days}. An assignment still waiting to
 * be signed after that day is claim-overdue: derived from the limit and today, never a
 * status. Every node holding the assignment computes the same limit on its calendar.
 */
@Component
class SigningLimits {

	private final JdbcClient jdbc;

	private final SigningSettings settings;

	SigningLimits(JdbcClient jdbc, SigningSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * The limit of an assignment that became known here; null when its task has not been
	 * issued.
	 */
	LocalDate limitOf(Task task, Assignment assignment, CalendarData calendar) {
		Instant handed = (assignment.getAssignedAt() != null) ? assignment.getAssignedAt() : task.getIssuedAt();
		return (handed != null) ? limit(handed, calendar) : null;
	}

	LocalDate limit(Instant handed, CalendarData calendar) {
		return calendar.addWorkingDays(LocalDate.ofInstant(handed, NodeIdentity.ZONE), this.settings.limitWorkingDays())
			.date();
	}

	/**
	 * Computes the limits again: of the assignments still waiting to be signed (after a
	 * calendar change), or only of those that have none yet (held before limits existed).
	 * @return how many moved
	 */
	int recompute(CalendarData calendar, boolean onlyMissing) {
		List<Handed> rows = this.jdbc
			.sql("SELECT a.id, COALESCE(a.assigned_at, t.issued_at) AS handed, a.sign_by FROM assignment a "
					+ "JOIN task t ON t.id = a.task_id WHERE t.issued_at IS NOT NULL AND "
					+ (onlyMissing ? "a.sign_by IS NULL" : "a.status = 'PENDING_SIGN'") + " ORDER BY a.id")
			.query((rs, row) -> new Handed(rs.getString("id"), rs.getTimestamp("handed").toInstant(),
					(rs.getDate("sign_by") != null) ? rs.getDate("sign_by").toLocalDate() : null))
			.list();
		int moved = 0;
		for (Handed row : rows) {
			LocalDate limit = limit(row.handed(), calendar);
			if (!limit.equals(row.signBy())) {
				store(row.id(), limit);
				moved++;
			}
		}
		return moved;
	}

	private void store(String assignmentId, LocalDate signBy) {
		this.jdbc.sql("UPDATE assignment SET sign_by = ? WHERE id = ?")
			.params(Date.valueOf(signBy), assignmentId)
			.update();
	}

	private record Handed(String id, Instant handed, LocalDate signBy) {
	}

}
