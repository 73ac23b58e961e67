package org.ducha.node.accountability;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.people.ChargeRole;
import org.ducha.node.people.ChargeTerm;
import org.ducha.node.people.Person;
import org.ducha.node.people.UnitPeople;
import org.ducha.node.schedule.ReportSlot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.accountability.LadderSteps.aStep;

/**
 * The ladder's counting and thresholds (docs/business-rules.md §17), without Spring.
 */
class LadderRulesTests {

	private static final LadderRules DEFAULTS = new LadderRules(10, 30, Period.ofYears(1), 2);

	/** Weekdays only: no notice is loaded. */
	private static final CalendarData WEEKDAYS = new CalendarData(List.of());

	private static final Person LI = new Person("00000000-0000-7000-8000-000000000001", "441704", "李四", "副区长", null);

	private static final Person ZHAO = new Person("00000000-0000-7000-8000-000000000002", "441704", "赵六", "副区长", null);

	@Test
	void aSecondInterviewOfTheSamePersonWithinAYearProposesCriticism() {
		LadderStep first = aStep(StepKind.INTERVIEW).by("441700").on("2026-04-24").of(LI.id(), LI.name()).build();
		LadderStep second = aStep(StepKind.INTERVIEW).by("440000").on("2027-01-15").of(LI.id(), LI.name()).build();
		assertThat(DEFAULTS.criticismBasis(second, List.of(first, second))).containsExactly(first, second);
		assertThat(DEFAULTS.criticismBasis(first, List.of(first, second)))
			.as("only the later interview crosses the threshold, wherever each was recorded")
			.isEmpty();
	}

	@Test
	void aSecondInterviewExactlyOneYearLaterStillCounts() {
		LadderStep first = aStep(StepKind.INTERVIEW).on("2026-04-24").of(LI.id(), LI.name()).build();
		LadderStep second = aStep(StepKind.INTERVIEW).on("2027-04-24").of(LI.id(), LI.name()).build();
		assertThat(DEFAULTS.criticismBasis(second, List.of(first))).containsExactly(first, second);
	}

	@Test
	void aSecondInterviewAYearAndADayLaterDoesNotProposeCriticism() {
		LadderStep first = aStep(StepKind.INTERVIEW).on("2026-04-24").of(LI.id(), LI.name()).build();
		LadderStep second = aStep(StepKind.INTERVIEW).on("2027-04-25").of(LI.id(), LI.name()).build();
		assertThat(DEFAULTS.criticismBasis(second, List.of(first, second))).isEmpty();
	}

	@Test
	void aChangeOfDeputyInBetweenCountsAgainstTheRightPerson() {
		UnitPeople yangdong = new UnitPeople("441704", "阳东区", 3, null, List.of(LI, ZHAO),
				List.of(new ChargeTerm(LI.id(), ChargeRole.DEPUTY, LocalDate.parse("2026-01-01"),
						LocalDate.parse("2026-06-01")),
						new ChargeTerm(ZHAO.id(), ChargeRole.DEPUTY, LocalDate.parse("2026-06-01"), null)));
		LadderStep march = aStep(StepKind.INTERVIEW).on("2026-03-10").against(yangdong).build();
		LadderStep september = aStep(StepKind.INTERVIEW).on("2026-09-10").against(yangdong).build();
		assertThat(march.personId()).isEqualTo(LI.id());
		assertThat(september.personId()).as("the deputy in charge on the step's date").isEqualTo(ZHAO.id());
		assertThat(DEFAULTS.criticismBasis(september, List.of(march, september))).isEmpty();

		LadderStep again = aStep(StepKind.INTERVIEW).on("2026-11-02").against(yangdong).build();
		assertThat(DEFAULTS.criticismBasis(again, List.of(march, september, again)))
			.as("赵六's second interview counts his own only")
			.containsExactly(september, again);
	}

	@Test
	void interviewsOfOtherPeopleAndOtherRungsDoNotCount() {
		LadderStep interview = aStep(StepKind.INTERVIEW).on("2026-05-06").of(LI.id(), LI.name()).build();
		LadderStep notice = aStep(StepKind.NOTICE).on("2026-04-01").of(LI.id(), LI.name()).build();
		LadderStep other = aStep(StepKind.INTERVIEW).on("2026-04-01").of(ZHAO.id(), ZHAO.name()).build();
		assertThat(DEFAULTS.criticismBasis(interview, List.of(notice, other))).isEmpty();
		LadderStep nobody = aStep(StepKind.INTERVIEW).on("2026-05-06").build();
		assertThat(DEFAULTS.criticismBasis(nobody, List.of(nobody, interview)))
			.as("an interview with nobody in the post counts against no one")
			.isEmpty();
	}

	@Test
	void twoInterviewsOnOneDayAtTwoNodesProposeOnceOnly() {
		LadderStep a = aStep(StepKind.INTERVIEW).id("01900000-0000-7000-8000-00000000000a")
			.on("2026-05-06")
			.of(LI.id(), LI.name())
			.build();
		LadderStep b = aStep(StepKind.INTERVIEW).id("01900000-0000-7000-8000-00000000000b")
			.by("440000")
			.on("2026-05-06")
			.of(LI.id(), LI.name())
			.build();
		assertThat(DEFAULTS.criticismBasis(a, List.of(a, b))).isEmpty();
		assertThat(DEFAULTS.criticismBasis(b, List.of(a, b))).containsExactly(a, b);
	}

	@Test
	void thresholdsFromConfigurationChangeTheProposals() {
		LadderStep first = aStep(StepKind.INTERVIEW).on("2026-01-05").of(LI.id(), LI.name()).build();
		LadderStep second = aStep(StepKind.INTERVIEW).on("2026-08-05").of(LI.id(), LI.name()).build();
		LadderStep third = aStep(StepKind.INTERVIEW).on("2026-09-07").of(LI.id(), LI.name()).build();
		List<LadderStep> all = List.of(first, second, third);
		LadderRules three = new LadderRules(10, 30, Period.ofYears(1), 3);
		assertThat(three.criticismBasis(second, all)).as("three interviews wanted").isEmpty();
		assertThat(three.criticismBasis(third, all)).containsExactly(first, second, third);
		LadderRules halfYear = new LadderRules(10, 30, Period.ofMonths(6), 2);
		assertThat(halfYear.criticismBasis(second, all)).as("seven months apart, outside a window of six").isEmpty();
		assertThat(halfYear.criticismBasis(third, all)).containsExactly(second, third);

		LocalDate issued = LocalDate.parse("2026-03-02");
		LocalDate deadline = LocalDate.parse("2026-03-20");
		List<ReportSlot> slots = List.of(slot(deadline));
		LocalDate sevenWorkingDaysLater = LocalDate.parse("2026-03-31");
		assertThat(DEFAULTS.behind(sevenWorkingDaysLater, WEEKDAYS, issued, deadline, 100, slots))
			.as("red for 7 working days: below the default 10")
			.isEmpty();
		assertThat(new LadderRules(5, 30, Period.ofYears(1), 2).behind(sevenWorkingDaysLater, WEEKDAYS, issued,
				deadline, 100, slots))
			.hasValueSatisfying((finding) -> assertThat(finding.redWorkingDays()).isEqualTo(7));
	}

	@Test
	void anAssignmentRedForTenWorkingDaysIsSeriouslyBehind() {
		LocalDate issued = LocalDate.parse("2026-03-02");
		LocalDate deadline = LocalDate.parse("2026-03-20");
		List<ReportSlot> slots = List.of(slot(deadline));
		assertThat(DEFAULTS.behind(LocalDate.parse("2026-04-02"), WEEKDAYS, issued, deadline, 100, slots))
			.as("9 working days after 2026-03-20")
			.isEmpty();
		assertThat(DEFAULTS.behind(LocalDate.parse("2026-04-03"), WEEKDAYS, issued, deadline, 100, slots))
			.hasValueSatisfying((finding) -> {
				assertThat(finding.redWorkingDays()).isEqualTo(10);
				assertThat(finding.reason()).contains("红灯已持续10个工作日").contains("2026-03-20");
			});
		List<ReportSlot> filled = List
			.of(new ReportSlot("a", 1, "完成时限", issued, deadline, deadline, "b", true, "r", deadline, true, null));
		assertThat(DEFAULTS.behind(LocalDate.parse("2026-03-19"), WEEKDAYS, issued, deadline, 100, filled))
			.as("on time and complete")
			.isEmpty();
	}

	@Test
	void progressLaggingTimeByMoreThanTheThresholdIsSeriouslyBehind() {
		LocalDate issued = LocalDate.parse("2026-01-01");
		LocalDate deadline = LocalDate.parse("2026-12-31");
		LocalDate halfway = LocalDate.parse("2026-07-02");
		assertThat(DEFAULTS.behind(halfway, WEEKDAYS, issued, deadline, 19, List.of())).as("50 % of time, 19 % done")
			.hasValueSatisfying((finding) -> assertThat(finding.lagPoints()).isEqualTo(31));
		assertThat(DEFAULTS.behind(halfway, WEEKDAYS, issued, deadline, 20, List.of()))
			.as("30 points behind is not more than 30")
			.isEmpty();
		assertThat(new LadderRules(10, 20, Period.ofYears(1), 2).behind(halfway, WEEKDAYS, issued, deadline, 21,
				List.of()))
			.as("a lower threshold in configuration")
			.isPresent();
	}

	@Test
	void aYearOfReportsOnTimeAndDeadlinesMetEarnsCommendation() {
		assertThat(DEFAULTS.outstanding(new YearRecord(2026, 4, 4, 2, 2, 0))).isTrue();
		assertThat(DEFAULTS.outstanding(new YearRecord(2026, 4, 3, 2, 2, 0))).as("a late report").isFalse();
		assertThat(DEFAULTS.outstanding(new YearRecord(2026, 4, 4, 2, 1, 0))).as("a deadline missed").isFalse();
		assertThat(DEFAULTS.outstanding(new YearRecord(2026, 4, 4, 2, 2, 1))).as("a notice in the year").isFalse();
		assertThat(DEFAULTS.outstanding(new YearRecord(2026, 0, 0, 0, 0, 0))).as("nothing to judge").isFalse();
	}

	private static ReportSlot slot(LocalDate due) {
		return new ReportSlot("a", 1, "完成时限", due.minusDays(30), due, due, "按期", true, null, null, null, null);
	}

}
