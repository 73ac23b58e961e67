package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score of a small record, computed by hand in docs/business-rules.md ("Assessment",
 * the worked example), with the default formula.
 */
class ScoringTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void aCountysScoreIsTheHandComputedValueOfTheWorkedExample() {
		UnitScore score = Scoring.score(workedExample(), Formula.standard());

		// 60 × 3/4 + 40 × 2/3 − 0.5 × 12 − 1 × 1 − 0 − 2 × 1 − 3 × 1 + 2 × 1
		// = 45 + 26.67 − 6 − 1 − 0 − 2 − 3 + 2 = 61.67
		assertThat(score.total()).isEqualByComparingTo("61.67");
		assertThat(points(score)).containsExactly("45.00", "26.67", "-6.00", "-1.00", "0.00", "-2.00", "-3.00", "2.00");
		assertThat(score.formulaVersion()).isZero();
	}

	@Test
	void eachMeasureListsExactlyTheFactsItCounted() {
		UnitScore score = Scoring.score(workedExample(), Formula.standard());

		MeasureScore reports = measure(score, Measure.ON_TIME_REPORTS);
		assertThat(reports.facts()).extracting((fact) -> fact.links().reportId())
			.containsExactly("r1", "r2", "r3", null);
		assertThat(reports.counted()).isEqualByComparingTo("3");
		assertThat(reports.of()).isEqualByComparingTo("4");
		assertThat(reports.explanation()).isEqualTo("60 × 3/4 = 45.00");
		MeasureScore overdue = measure(score, Measure.OVERDUE_DAYS);
		assertThat(overdue.facts()).extracting((fact) -> fact.links().assignmentId()).containsExactly("a1", "a2");
		assertThat(overdue.counted()).isEqualByComparingTo("12");
		assertThat(measure(score, Measure.COMMENDATIONS).facts()).extracting((fact) -> fact.links().bulletinId())
			.containsExactly("b1");
		assertThat(measure(score, Measure.CLAIM_OVERDUE).facts()).isEmpty();
	}

	@Test
	void aDeductionTakesNoMoreThanItsCap() {
		AssessedRecord record = record(Map.of(Measure.OVERDUE_DAYS,
				List.of(new CountedFact("逾期", DAY, BigDecimal.valueOf(50), true, FactLinks.none()))));

		MeasureScore overdue = measure(Scoring.score(record, Formula.standard()), Measure.OVERDUE_DAYS);

		assertThat(overdue.points()).isEqualByComparingTo("-20");
		assertThat(overdue.explanation()).contains("超过上限按 20");
	}

	@Test
	void aRateWithNothingToCountEarnsItsFullWeight() {
		UnitScore score = Scoring.score(record(Map.of()), Formula.standard());

		assertThat(measure(score, Measure.ON_TIME_REPORTS).points()).isEqualByComparingTo("60");
		assertThat(score.total()).isEqualByComparingTo("100");
	}

	@Test
	void theScoreNeverFallsBelowZero() {
		Map<Measure, List<CountedFact>> facts = new EnumMap<>(Measure.class);
		facts.put(Measure.ON_TIME_REPORTS, List.of(CountedFact.once("迟报", DAY, false, FactLinks.none())));
		facts.put(Measure.ON_TIME_COMPLETION, List.of(CountedFact.once("超期办结", DAY, false, FactLinks.none())));
		facts.put(Measure.OVERDUE_DAYS,
				List.of(new CountedFact("逾期", DAY, BigDecimal.valueOf(40), true, FactLinks.none())));

		assertThat(Scoring.score(record(facts), Formula.standard()).total()).isEqualByComparingTo("0");
	}

	@Test
	void aWeightChangedChangesTheScore() {
		Formula reportsFirst = new Formula(1,
				FormulaValidation.validate(
						List.of(new FormulaValidation.Written("ON_TIME_REPORTS", new BigDecimal("80"), null, null),
								new FormulaValidation.Written("ON_TIME_COMPLETION", new BigDecimal("20"), null, null))),
				"试行", "sysadmin", null, "440000");

		UnitScore score = Scoring.score(workedExample(), reportsFirst);

		// 80 × 3/4 + 20 × 2/3 = 60 + 13.33
		assertThat(score.total()).isEqualByComparingTo("73.33");
		assertThat(score.measures()).hasSize(2);
		assertThat(score.formulaVersion()).isEqualTo(1);
	}

	/**
	 * Four report slots, three on time; three completions, two within the original
	 * deadline; two overdue assignments of 7 and 5 days; one extension; no late signing;
	 * one rectification; one ladder step; one commendation.
	 */
	static AssessedRecord workedExample() {
		Map<Measure, List<CountedFact>> facts = new EnumMap<>(Measure.class);
		List<CountedFact> reports = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			reports.add(CountedFact.once("按时报送", DAY, true, new FactLinks("t1", "a1", "r" + i, null, null, null)));
		}
		reports.add(CountedFact.once("未按时报送", DAY, false, new FactLinks("t1", "a1", null, null, null, null)));
		facts.put(Measure.ON_TIME_REPORTS, reports);
		facts.put(Measure.ON_TIME_COMPLETION,
				List.of(CountedFact.once("按期办结", DAY, true, new FactLinks("t2", "a2", null, null, null, null)),
						CountedFact.once("按期办结", DAY, true, new FactLinks("t3", "a3", null, null, null, null)),
						CountedFact.once("延期后办结", DAY, false, new FactLinks("t4", "a4", null, null, null, null))));
		facts.put(Measure.OVERDUE_DAYS,
				List.of(new CountedFact("逾期 7 天", DAY, BigDecimal.valueOf(7), true,
						new FactLinks("t1", "a1", null, null, null, null)),
						new CountedFact("逾期 5 天", DAY, BigDecimal.valueOf(5), true,
								new FactLinks("t5", "a2", null, null, null, null))));
		facts.put(Measure.EXTENSIONS,
				List.of(CountedFact.once("延期", DAY, true, new FactLinks("t4", "a4", null, null, null, null))));
		facts.put(Measure.RECTIFICATIONS,
				List.of(CountedFact.once("整改", DAY, true, new FactLinks(null, null, null, null, "f1", null))));
		facts.put(Measure.LADDER_STEPS,
				List.of(CountedFact.once("督查通知书", DAY, true, new FactLinks(null, null, null, "s1", null, null))));
		facts.put(Measure.COMMENDATIONS,
				List.of(CountedFact.once("通报表扬", DAY, true, new FactLinks(null, null, null, null, null, "b1"))));
		return record(facts);
	}

	private static AssessedRecord record(Map<Measure, List<CountedFact>> facts) {
		return new AssessedRecord("441704", "阳东区人民政府", "441704", facts);
	}

	private static MeasureScore measure(UnitScore score, Measure measure) {
		return score.measures().stream().filter((m) -> m.measure() == measure).findFirst().orElseThrow();
	}

	private static List<String> points(UnitScore score) {
		return score.measures().stream().map((m) -> m.points().toPlainString()).toList();
	}

}
