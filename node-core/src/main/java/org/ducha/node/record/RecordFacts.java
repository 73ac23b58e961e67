package org.ducha.node.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.record.AssignmentFacts.Keyed;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads units' records over a period, as this node knows them: every fact counted on a
 * day from {@code from} to {@code to} inclusive, an unfilled slot or an open assignment
 * counted as overdue only once its day passed before today. Callers decide which units
 * the caller may see; this reads whatever it is asked.
 */
@Service
@Transactional(readOnly = true)
public class RecordFacts {

	private final AssignmentFacts assignments;

	private final OversightFacts oversight;

	private final WorkingCalendar calendar;

	private final Units units;

	RecordFacts(AssignmentFacts assignments, OversightFacts oversight, WorkingCalendar calendar, Units units) {
		this.assignments = assignments;
		this.oversight = oversight;
		this.calendar = calendar;
		this.units = units;
	}

	/** One unit's record over the period. */
	public UnitFacts of(String unitCode, LocalDate from, LocalDate to) {
		return of(List.of(unitCode), from, to).get(0);
	}

	/**
	 * Several units' records over the period, in the order asked (each unit once).
	 * @throws IllegalArgumentException when the period ends before it starts
	 */
	public List<UnitFacts> of(Collection<String> unitCodes, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
		}
		Set<String> units = new LinkedHashSet<>(unitCodes);
		if (units.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		CalendarData days = this.calendar.data();
		Map<String, List<ReportFact>> reports = byUnit(this.assignments.reports(units, from, to, today));
		Map<String, List<OverdueFact>> overdue = byUnit(this.assignments.overdue(units, from, to, today, days));
		Map<String, List<CompletionFact>> completions = byUnit(this.assignments.completions(units, from, to));
		Map<String, List<ExtensionFact>> extensions = byUnit(this.assignments.extensions(units, from, to));
		Map<String, List<LadderFact>> steps = byUnit(this.oversight.ladderSteps(units, from, to));
		Map<String, List<ClaimOverdueFact>> claims = byUnit(
				this.assignments.claimOverdue(units, from, to, today, days));
		Map<String, List<RectificationFact>> rectifications = byUnit(
				this.oversight.rectifications(units, from, to, today));
		Map<String, Unit> known = known(units);
		List<UnitFacts> facts = new ArrayList<>();
		for (String code : units) {
			Unit unit = known.get(code);
			facts.add(new UnitFacts(code, (unit != null) ? unit.name() : code,
					(unit != null) ? unit.nodeCode() : Unit.nodeOf(code), list(reports, code), list(overdue, code),
					list(completions, code), list(extensions, code), list(steps, code), list(claims, code),
					list(rectifications, code)));
		}
		return facts;
	}

	private Map<String, Unit> known(Collection<String> units) {
		Map<String, Unit> known = new HashMap<>();
		for (String code : units) {
			this.units.find(code).ifPresent((unit) -> known.put(code, unit));
		}
		return known;
	}

	private static <T> Map<String, List<T>> byUnit(List<Keyed<T>> facts) {
		return facts.stream()
			.collect(Collectors.groupingBy(Keyed::unitCode, Collectors.mapping(Keyed::fact, Collectors.toList())));
	}

	private static <T> List<T> list(Map<String, List<T>> facts, String unitCode) {
		return List.copyOf(facts.getOrDefault(unitCode, List.of()));
	}

}
