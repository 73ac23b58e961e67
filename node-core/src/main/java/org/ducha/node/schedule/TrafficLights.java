package org.ducha.node.schedule;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/** Assignments per statement when computing many. */
	private static final int CHUNK = 500;

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

	/**
	 * Computes one assignment's light again, once before the current transaction commits
	 * however often it changes meanwhile (at once outside a transaction).
	 */
	public void refresh(String assignmentId) {
		planned(assignmentId, null);
	}

	/**
	 * An assignment's light to compute again, with its signing limit when planned (null
	 * keeps the one held).
	 */
	void planned(String assignmentId, LocalDate signBy) {
		Optional<LightsBeforeCommit> pending = LightsBeforeCommit.of(this);
		if (pending.isPresent()) {
			pending.get().light(assignmentId);
			if (signBy != null) {
				pending.get().signBy(assignmentId, signBy);
			}
			return;
		}
		Map<String, LocalDate> one = new HashMap<>();
		one.put(assignmentId, signBy);
		compute(one, this.calendar.data());
	}

	/**
	 * Computes now the lights the current transaction changed so far: for a reader within
	 * the transaction (a roll-up) that must see them.
	 */
	public void flush() {
		LightsBeforeCommit.registered(this).ifPresent(LightsBeforeCommit::computeNow);
	}

	void refresh(String assignmentId, CalendarData calendar) {
		Map<String, LocalDate> one = new HashMap<>();
		one.put(assignmentId, null);
		compute(one, calendar);
	}

	/**
	 * Computes the lights of assignments (and stores signing limits), a few statements in
	 * all.
	 */
	void compute(Map<String, LocalDate> assignments) {
		compute(assignments, this.calendar.data());
	}

	private void compute(Map<String, LocalDate> assignments, CalendarData calendar) {
		List<String> ids = new ArrayList<>(assignments.keySet());
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Map<String, List<ReportSlot>> slotsOf = this.slots.ofAll(chunk);
			List<Lit> lit = this.jdbc
				.sql("SELECT a.id, a.status, a.role, a.percent_complete, t.status AS task_status, "
						+ "COALESCE(t.issued_at, t.created_at) AS issued, COALESCE(a.due_date, t.deadline) AS deadline "
						+ "FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.id IN (:ids)")
				.param("ids", chunk)
				.query((rs, row) -> {
					String id = rs.getString("id");
					// a withdrawn or suspended task's assignments are neither on track
					// nor
					// late: no light
					Evaluation evaluation = HALTED.contains(rs.getString("task_status")) ? null
							: evaluate(rs, slotsOf.getOrDefault(id, List.of()), calendar);
					return new Lit(id, evaluation);
				})
				.list();
			if (!lit.isEmpty()) {
				store(lit, assignments);
			}
		}
	}

	/** Writes the lights (and planned signing limits) with one statement. */
	private void store(List<Lit> lit, Map<String, LocalDate> signBy) {
		StringBuilder light = new StringBuilder("CASE id");
		StringBuilder reason = new StringBuilder("CASE id");
		StringBuilder limit = new StringBuilder("CASE id");
		List<Object> lightParams = new ArrayList<>();
		List<Object> reasonParams = new ArrayList<>();
		List<Object> limitParams = new ArrayList<>();
		List<Object> ids = new ArrayList<>();
		for (Lit row : lit) {
			String id = row.assignmentId();
			Evaluation evaluation = row.evaluation();
			light.append(" WHEN ? THEN ?");
			lightParams.add(id);
			lightParams.add((evaluation != null) ? evaluation.light().name() : null);
			reason.append(" WHEN ? THEN ?");
			reasonParams.add(id);
			reasonParams.add((evaluation != null) ? evaluation.reason() : null);
			if (signBy.get(id) != null) {
				limit.append(" WHEN ? THEN ?");
				limitParams.add(id);
				limitParams.add(Date.valueOf(signBy.get(id)));
			}
			ids.add(id);
		}
		List<Object> params = new ArrayList<>(lightParams);
		params.addAll(reasonParams);
		params.add(Timestamp.from(this.clock.instant()));
		params.addAll(limitParams);
		params.addAll(ids);
		this.jdbc
			.sql("UPDATE assignment SET light = " + light + " ELSE light END, light_reason = " + reason
					+ " ELSE light_reason END, light_at = ?, sign_by = "
					+ (limitParams.isEmpty() ? "sign_by" : limit + " ELSE sign_by END") + " WHERE id IN ("
					+ String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
			.params(params)
			.update();
	}

	private Evaluation evaluate(ResultSet rs, List<ReportSlot> slots, CalendarData calendar) throws SQLException {
		boolean completed = "COMPLETED".equals(rs.getString("status"));
		if ("CO".equals(rs.getString("role"))) {
			return this.rules.evaluateContribution(today(), calendar,
					completed || "CLOSED".equals(rs.getString("task_status")), slots);
		}
		return this.rules.evaluate(today(), calendar, completed, rs.getInt("percent_complete"),
				LocalDate.ofInstant(rs.getTimestamp("issued").toInstant(), NodeIdentity.ZONE),
				rs.getDate("deadline").toLocalDate(), slots);
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

	/** An assignment's light as computed; no evaluation when its task is halted. */
	private record Lit(String assignmentId, Evaluation evaluation) {
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
