package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.ducha.node.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a formula must be before the province may set it: known measures, each once, rate
 * weights adding up to 100, sensible points per fact and caps.
 */
class FormulaValidationTests {

	@Test
	void acceptsTheDefaultFormulaWrittenOut() {
		List<FormulaValidation.Written> written = Formula.standard()
			.rules()
			.stream()
			.map((rule) -> new FormulaValidation.Written(rule.measure().name(), rule.weight(), rule.perFact(),
					rule.cap()))
			.toList();

		assertThat(FormulaValidation.validate(written)).isEqualTo(Formula.standard().rules());
	}

	@Test
	void refusesWeightsThatDoNotAddUpTo100NamingTheSum() {
		assertThatThrownBy(() -> FormulaValidation
			.validate(List.of(rate("ON_TIME_REPORTS", "50"), rate("ON_TIME_COMPLETION", "40"))))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageStartingWith("按比率计分的指标权重之和应为 100，现为 90")
			.hasMessageContaining("ON_TIME_REPORTS 50 + ON_TIME_COMPLETION 40")
			.hasMessageContaining("add up to 90, not 100");
	}

	@Test
	void refusesAnUnknownMeasureNamingIt() {
		assertThatThrownBy(() -> FormulaValidation.validate(List.of(rate("ON_TIME_REPORTS", "100"),
				new FormulaValidation.Written("PRAISE_FROM_ABOVE", null, BigDecimal.ONE, BigDecimal.TEN))))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageStartingWith("考核办法中的指标 'PRAISE_FROM_ABOVE' 不存在")
			.hasMessageContaining("unknown measure 'PRAISE_FROM_ABOVE'");
	}

	@Test
	void refusesAMeasureNamedTwice() {
		assertThatThrownBy(
				() -> FormulaValidation.validate(List.of(rate("ON_TIME_REPORTS", "50"), rate("ON_TIME_REPORTS", "50"))))
			.hasMessageContaining("ON_TIME_REPORTS")
			.hasMessageContaining("appears twice");
	}

	@Test
	void refusesADeductionWhoseCapIsBelowItsPointsPerFact() {
		assertThatThrownBy(() -> FormulaValidation.validate(List.of(rate("ON_TIME_REPORTS", "100"),
				new FormulaValidation.Written("EXTENSIONS", null, new BigDecimal("5"), new BigDecimal("2")))))
			.hasMessageStartingWith("指标 EXTENSIONS（延期）按项扣分");
	}

	@Test
	void refusesARateGivenAPerFactValue() {
		assertThatThrownBy(() -> FormulaValidation.validate(
				List.of(new FormulaValidation.Written("ON_TIME_REPORTS", new BigDecimal("100"), BigDecimal.ONE, null))))
			.hasMessageStartingWith("指标 ON_TIME_REPORTS（按时报送率）按比率计分");
	}

	@Test
	void keepsDecimalsPlainAndTheRulesInTheOrderOfTheMeasures() {
		List<MeasureRule> rules = FormulaValidation.validate(List.of(
				new FormulaValidation.Written("OVERDUE_DAYS", null, new BigDecimal("0.50"), new BigDecimal("20")),
				rate("ON_TIME_COMPLETION", "100.00")));

		assertThat(rules).extracting(MeasureRule::measure)
			.containsExactly(Measure.ON_TIME_COMPLETION, Measure.OVERDUE_DAYS);
		assertThat(rules.get(0).weight().toString()).isEqualTo("100");
		assertThat(rules.get(1).perFact().toString()).isEqualTo("0.5");
	}

	private static FormulaValidation.Written rate(String measure, String weight) {
		return new FormulaValidation.Written(measure, new BigDecimal(weight), null, null);
	}

}
