package org.ducha.node.record;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The record facts of three units of the city 441700 over September 2024, read on 9
 * October 2024, from a small record written straight into the tables:
 * <ul>
 * <li>fgj (lead of T1, original deadline 20 Sep, extended on 10 Sep to 27 Sep): reports
 * due 10 Sep (on time) and 24 Sep (late, 25 Sep); completion asked for on 25 Sep,
 * accepted on 26 Sep; a commendation on 30 Aug (outside the period).</li>
 * <li>jyj (lead of T2, deadline 18 Sep, still in progress): a report due 13 Sep never
 * filled; signed on 5 Sep, its limit 3 Sep; a criticism on 12 Sep; a returned assignment
 * (T5) with an unfilled report, which does not count.</li>
 * <li>441702 (co-unit of T4, unsigned, limit 27 Sep; lead of a draft task T3, which does
 * not count): a rectification due 20 Sep, open and unreported.</li>
 * </ul>
 * Working days across the Mid-Autumn holiday (15–17 Sep) and the make-up Sunday 29 Sep.
 */
class RecordFactsIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-10-09T10:00:00");

	private static final LocalDate FROM = LocalDate.of(2024, 9, 1);

	private static final LocalDate TO = LocalDate.of(2024, 9, 30);

	private static TestNode city;

	private static RecordFacts facts;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441702", "441704")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.bean("clock", clock)
			.start();
		facts = city.bean(RecordFacts.class);
		JdbcClient jdbc = city.bean(JdbcClient.class);
		task(jdbc, "t1", "2024-09-20", "IN_PROGRESS");
		task(jdbc, "t2", "2024-09-18", "IN_PROGRESS");
		task(jdbc, "t3", "2024-09-10", "DRAFT");
		task(jdbc, "t4", "2024-12-31", "ISSUED");
		task(jdbc, "t5", "2024-09-30", "IN_PROGRESS");
		assignment(jdbc, "a1", "t1", "441700:fgj", "LEAD", "COMPLETED");
		jdbc.sql("UPDATE assignment SET due_date = '2024-09-27', completion_requested_at = ?, decided_at = ? "
				+ "WHERE id = 'a1'")
			.params(at("2024-09-25"), at("2024-09-26"))
			.update();
		slot(jdbc, "a1", 1, "2024-09-10", "2024-09-09", true);
		slot(jdbc, "a1", 2, "2024-09-24", "2024-09-25", false);
		jdbc.sql("INSERT INTO extension_request (id, assignment_id, task_id, unit_code, requested_by, requested_at, "
				+ "deadline_before, requested_date, reason, status, approved_date, decided_by, decided_at, version) "
				+ "VALUES ('e1', 'a1', 't1', '441700:fgj', 'u', ?, '2024-09-20', '2024-09-30', 'r', 'APPROVED', "
				+ "'2024-09-27', 'l', ?, 0)")
			.params(at("2024-09-09"), at("2024-09-10"))
			.update();
		assignment(jdbc, "a2", "t2", "441700:jyj", "LEAD", "IN_PROGRESS");
		jdbc.sql("UPDATE assignment SET sign_by = '2024-09-03', signed_at = ? WHERE id = 'a2'")
			.param(at("2024-09-05"))
			.update();
		slot(jdbc, "a2", 1, "2024-09-13", null, null);
		slot(jdbc, "a2", 2, "2024-10-15", null, null);
		assignment(jdbc, "a5", "t5", "441700:jyj", "LEAD", "RETURNED");
		slot(jdbc, "a5", 1, "2024-09-05", null, null);
		assignment(jdbc, "a3", "t3", "441702", "LEAD", "PENDING_SIGN");
		jdbc.sql("UPDATE assignment SET sign_by = '2024-09-02' WHERE id = 'a3'").update();
		assignment(jdbc, "a4", "t4", "441702", "CO", "PENDING_SIGN");
		jdbc.sql("UPDATE assignment SET sign_by = '2024-09-27' WHERE id = 'a4'").update();
		step(jdbc, "s1", "CRITICISM", "441700:jyj", "2024-09-12");
		step(jdbc, "s2", "COMMENDATION", "441700:fgj", "2024-08-30");
		jdbc.sql("INSERT INTO inspection_rectification (id, finding_id, plan_id, issuing_node, revision, unit_code, "
				+ "unit_node, unit_name, finding, requirement, working_days, deadline, issued_by, issued_at) "
				+ "VALUES ('r1', 'f1', 'p1', '441700', 0, '441702', '441702', '江城区', 'f', '整改台账', 10, "
				+ "'2024-09-20', 'u', ?)")
			.param(at("2024-09-02"))
			.update();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void countsALeadUnitsReportsCompletionAndExtension() {
		UnitFacts fgj = facts.of("441700:fgj", FROM, TO);
		assertThat(fgj.unitName()).isEqualTo("阳江市发展和改革局");
		assertThat(fgj.nodeCode()).isEqualTo("441700");
		assertThat(fgj.reports()).extracting(ReportFact::dueDate, ReportFact::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 10), ReportFact.Outcome.ON_TIME),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 24), ReportFact.Outcome.LATE));
		assertThat(fgj.reportsOnTime()).isEqualTo(1);
		assertThat(fgj.overdue()).as("completion was asked for by the deadline in force").isEmpty();
		assertThat(fgj.completions())
			.containsExactly(new CompletionFact("a1", "t1", "N-t1", "task t1", LocalDate.of(2024, 9, 20),
					LocalDate.of(2024, 9, 27), LocalDate.of(2024, 9, 25), LocalDate.of(2024, 9, 26), false, true));
		assertThat(fgj.extensions()).containsExactly(new ExtensionFact("e1", "a1", "t1", "N-t1",
				LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 27), LocalDate.of(2024, 9, 10)));
		assertThat(fgj.ladderSteps()).as("the commendation of 30 August is outside the period").isEmpty();
	}

	@Test
	void countsAnOpenOverdueAssignmentInWorkingDaysAndALateSigning() {
		UnitFacts jyj = facts.of("441700:jyj", FROM, TO);
		assertThat(jyj.reports()).as("the returned assignment's slot and October's slot do not count")
			.extracting(ReportFact::assignmentId, ReportFact::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a2", ReportFact.Outcome.MISSING));
		assertThat(jyj.reportsMissing()).isEqualTo(1);
		// 19, 20, 23–27 Sep, the make-up Sunday 29 and Monday 30 Sep
		assertThat(jyj.overdue())
			.containsExactly(new OverdueFact("a2", "t2", "N-t2", "task t2", LocalDate.of(2024, 9, 18), null, true, 9));
		assertThat(jyj.claimOverdue()).containsExactly(new ClaimOverdueFact("a2", "t2", "N-t2", "LEAD",
				LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 5), 2));
		assertThat(jyj.ladderSteps()).extracting(LadderFact::stepId, LadderFact::punitive)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("s1", true));
		assertThat(jyj.punitiveSteps()).isEqualTo(1);
		assertThat(jyj.completions()).isEmpty();
	}

	@Test
	void countsAnUnsignedCoUnitAndAnOverdueRectificationButNoDraftTask() {
		UnitFacts county = facts.of("441702", FROM, TO);
		assertThat(county.claimOverdue()).as("the draft task's assignment does not count")
			.containsExactly(new ClaimOverdueFact("a4", "t4", "N-t4", "CO", LocalDate.of(2024, 9, 27), null, 2));
		assertThat(county.rectifications()).containsExactly(new RectificationFact("r1", "f1", "p1", "441700", "整改台账",
				LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 20), null, false, true));
		assertThat(county.reports()).isEmpty();
		assertThat(county.overdue()).isEmpty();
	}

	@Test
	void readsSeveralUnitsInTheOrderAskedAndAnEmptyPeriod() {
		List<UnitFacts> all = facts.of(List.of("441702", "441700:fgj", "441702"), FROM, TO);
		assertThat(all).extracting(UnitFacts::unitCode).containsExactly("441702", "441700:fgj");
		UnitFacts august = facts.of("441700:fgj", LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31));
		assertThat(august.reports()).isEmpty();
		assertThat(august.ladderSteps()).extracting(LadderFact::kind, LadderFact::punitive)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("COMMENDATION", false));
		assertThatIllegalArgumentException().isThrownBy(() -> facts.of("441700:fgj", TO, FROM));
	}

	private static void task(JdbcClient jdbc, String id, String deadline, String status) {
		jdbc.sql("INSERT INTO task (id, number, title, source, type, issuing_node, issuing_unit, deadline, status, "
				+ "revision, created_at, version) VALUES (?, ?, ?, 'MEETING_DECISION', 'SPECIAL', '441700', "
				+ "'441700', ?, ?, 0, ?, 0)")
			.params(id, "N-" + id, "task " + id, deadline, status, at("2024-09-01"))
			.update();
	}

	private static void assignment(JdbcClient jdbc, String id, String task, String unit, String role, String status) {
		jdbc.sql("INSERT INTO assignment (id, task_id, unit_code, unit_node, role, status, version) "
				+ "VALUES (?, ?, ?, ?, ?, ?, 0)")
			.params(id, task, unit, org.ducha.node.unit.Unit.nodeOf(unit), role, status)
			.update();
	}

	private static void slot(JdbcClient jdbc, String assignment, int ordinal, String due, String reported,
			Boolean onTime) {
		jdbc.sql("INSERT INTO report_slot (assignment_id, ordinal, label, opens, due_date, original_due_date, basis, "
				+ "covered, report_id, reported_on, on_time) VALUES (?, ?, 'slot', ?, ?, ?, 'b', FALSE, ?, ?, ?)")
			.params(assignment, ordinal, due, due, due, (reported != null) ? "r-" + assignment + ordinal : null,
					reported, onTime)
			.update();
	}

	private static void step(JdbcClient jdbc, String id, String kind, String unit, String issuedOn) {
		jdbc.sql("INSERT INTO ladder_step (id, kind, issuing_node, revision, unit_code, unit_node, unit_name, "
				+ "issued_on, reason, proposed_by, confirmed_by, approved_by, issued_at) VALUES (?, ?, '441700', 0, "
				+ "?, '441700', 'n', ?, 'why', 'p', 'c', 'a', ?)")
			.params(id, kind, unit, issuedOn, at(issuedOn))
			.update();
	}

	/** Noon of a day in the nodes' zone. */
	private static Timestamp at(String day) {
		return Timestamp.from(LocalDateTime.parse(day + "T12:00:00").atZone(NodeIdentity.ZONE).toInstant());
	}

}
