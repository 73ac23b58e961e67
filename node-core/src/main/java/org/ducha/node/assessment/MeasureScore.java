package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one measure gave a unit, and why.
 *
 * @param rule the formula's rule for it
 * @param points the points it gives: earned by a rate, taken by a deduction (negative),
 * added by a bonus; two decimals
 * @param counted the facts counted (a rate's good ones) or the amount (overdue days)
 * @param of for a rate, how many facts there were; otherwise the same as counted
 * @param explanation the computation in words, Chinese
 * @param facts every fact it counted
 */
public record MeasureScore(MeasureRule rule, BigDecimal points, BigDecimal counted, BigDecimal of, String explanation,
		List<CountedFact> facts) {

	public MeasureScore {
		facts = List.copyOf(facts);
	}

	public Measure measure() {
		return this.rule.measure();
	}

}
