package org.ducha.node.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version of the assessment formula, as the province set it (version 0: the default
 * every node ships with). Its rules passed {@link FormulaValidation}.
 *
 * @param version the province's version number, 0 for the default
 * @param rules one rule per measure counted, in the order of {@link Measure}
 * @param reason why it was set
 * @param setBy who set it
 * @param setAt when
 * @param originNode the node that set it (the province)
 */
public record Formula(long version, List<MeasureRule> rules, String reason, String setBy, Instant setAt,
		String originNode) {

	public Formula {
		rules = List.copyOf(rules);
	}

	/**
	 * The default (docs/business-rules.md, "Assessment"): report rate 60, completion
	 * within the original deadline 40; 0.5 per overdue day up to 20, 1 per extension up
	 * to 5, 1 per late signing up to 5, 2 per rectification up to 10, 3 per ladder step
	 * up to 15; 2 per commendation up to 5.
	 */
	public static Formula standard() {
		return new Formula(0, List.of(MeasureRule.rate(Measure.ON_TIME_REPORTS, "60"),
				MeasureRule.rate(Measure.ON_TIME_COMPLETION, "40"),
				MeasureRule.perFact(Measure.OVERDUE_DAYS, "0.5", "20"),
				MeasureRule.perFact(Measure.EXTENSIONS, "1", "5"), MeasureRule.perFact(Measure.CLAIM_OVERDUE, "1", "5"),
				MeasureRule.perFact(Measure.RECTIFICATIONS, "2", "10"),
				MeasureRule.perFact(Measure.LADDER_STEPS, "3", "15"),
				MeasureRule.perFact(Measure.COMMENDATIONS, "2", "5")), "默认考核办法 The default formula", "system",
				Instant.EPOCH, null);
	}

	public Optional<MeasureRule> rule(Measure measure) {
		return this.rules.stream().filter((rule) -> rule.measure() == measure).findFirst();
	}

}
