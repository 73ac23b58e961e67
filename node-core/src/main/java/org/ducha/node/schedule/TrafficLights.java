package org.ducha.node.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.database.ShortTransactions;
import org.ducha.node.schedule.LightRules.Evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and keeps each assignment's light, on every change and by the hourly job;
 * rolls them up per task and per unit.
 */
@Service
public class TrafficLights {

	/** Assignments whose lights the hourly job computes in one transaction. */
	static final int PAGE = 200;

	private static final Set<String> HALTED = Set.of("WITHDRAWN", "SUSPENDED");

	private final JdbcClient jdbc;

	private final SlotStore slots;

	private final WorkingCalendar calendar;

	private final LightRules rules;

	private final Clock clock;

	private final ShortTransactions transactions;

	TrafficLights(JdbcClient jdbc, SlotStore slots, WorkingCalendar calendar, LightSettings settings, Clock clock,
			ShortTransactions transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.slots = slots;
		this.calendar = calendar;
		this.rules = settings.rules();
		this.clock = clock;
	}

	/** Computes one assignment's light again, in the current transaction. */
	public void refresh(String assignmentId) {
		refresh(assignmentId, this.calendar.data());
	}

	void refresh(String assignmentId, CalendarData calendar) {
		Evaluation evaluation = this.jdbc
			.sql("SELECT a.status, a.role, a.percent_complete, t.status AS task_status, "
					+ "COALESCE(t.issued_at, t.created_at) AS issued, COALESCE(a.due_date, t.deadline) AS deadline "
					+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.id = ?")
			.param(assignmentId)
			.query((rs, row) -> HALTED.contains(rs.getString("task_status")) ? Optional.<Evaluation>empty()
					: Optional.of(evaluate(rs, assignmentId, calendar)))
			.single()
			.orElse(null);
		// a withdrawn or suspended task's assignments are neither on track nor late: no
		// light
		this.jdbc.sql("UPDATE assignment SET light = ?, light_reason = ?, light_at = ? WHERE id = ?")
			.params((evaluation != null) ? evaluation.light().name() : null,
					(evaluation != null) ? evaluation.reason() : null, Timestamp.from(this.clock.instant()),
					assignmentId)
			.update();
	}

	private Evaluation evaluate(ResultSet rs, String assignmentId, CalendarData calendar) throws SQLException {
		boolean completed = "COMPLETED".equals(rs.getString("status"));
		if ("CO".equals(rs.getString("role"))) {
			return this.rules.evaluateContribution(today(), calendar,
					completed || "CLOSED".equals(rs.getString("task_status")), this.slots.of(assignmentId));
		}
		return this.rules.evaluate(today(), calendar, completed, rs.getInt("percent_complete"),
				LocalDate.ofInstant(rs.getTimestamp("issued").toInstant(), NodeIdentity.ZONE),
				rs.getDate("deadline").toLocalDate(), this.slots.of(assignmentId));
	}

	/**
	 * Computes every open assignment's light again (the hourly job, and after midnight),
	 * {@value #PAGE} assignments to a transaction, so that a link's receiver, which
	 * updates the same rows, never waits for the whole run.
	 * @return how many lights were computed
	 */
	public int refreshAll() {
		return refreshAll(PAGE).keys();
	}

	ShortTransactions.Done refreshAll(int page) {
		CalendarData calendar = this.calendar.data();
		return this.transactions.forEachKey(page,
				(after, size) -> this.jdbc
					.sql("SELECT id FROM assignment WHERE status NOT IN ('COMPLETED', 'RETURNED') AND id > ? "
							+ "ORDER BY id LIMIT ?")
					.params(after, size)
					.query(String.class)
					.list(),
				(id) -> refresh(id, calendar));
	}

	/**
	 * Counts of lights per unit, the worst first: of the lead units' assignments, which
	 * answer for their tasks (a co-unit's light concerns its contributions to the lead).
	 */
	@Transactional(readOnly = true)
	public List<UnitLights> perUnit() {
		return this.jdbc
			.sql("SELECT unit_code, SUM(light = 'GREEN') AS green, SUM(light = 'YELLOW') AS yellow, "
					+ "SUM(light = 'RED') AS red FROM assignment WHERE status NOT IN ('COMPLETED', 'RETURNED') "
					+ "AND role = 'LEAD' GROUP BY unit_code ORDER BY red DESC, yellow DESC, unit_code")
			.query((rs, row) -> new UnitLights(rs.getString("unit_code"), rs.getLong("green"), rs.getLong("yellow"),
					rs.getLong("red")))
			.list();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

	/**
	 * A unit's lights.
	 *
	 * @param unitCode the unit
	 * @param green assignments on track
	 * @param yellow assignments near a due date or lagging
	 * @param red overdue assignments
	 */
	public record UnitLights(String unitCode, long green, long yellow, long red) {
	}

}
