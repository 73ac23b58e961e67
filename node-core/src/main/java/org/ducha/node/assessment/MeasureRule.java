package org.ducha.node.assessment;

import java.math.BigDecimal;

/**
 * How one measure counts in a formula: a rate measure by its weight (the points a rate of
 * 100% earns), a deduction or bonus measure by its points per fact and their cap.
 *
 * @param measure the measure
 * @param weight the points of a full rate; null unless a rate
 * @param perFact the points per fact (per day of overdue days); null for a rate
 * @param cap the most points the measure takes or adds; null for a rate
 */
public record MeasureRule(Measure measure, BigDecimal weight, BigDecimal perFact, BigDecimal cap) {

	public static MeasureRule rate(Measure measure, String weight) {
		return new MeasureRule(measure, new BigDecimal(weight), null, null);
	}

	public static MeasureRule perFact(Measure measure, String perFact, String cap) {
		return new MeasureRule(measure, null, new BigDecimal(perFact), new BigDecimal(cap));
	}

	/** How the rule reads, e.g. "按时报送率 60" or "逾期天数 每项 0.5，上限 20". */
	public String describe() {
		if (this.measure.kind() == Measure.Kind.RATE) {
			return this.measure.chinese() + " " + this.weight.toPlainString();
		}
		return this.measure.chinese() + " 每项" + (this.measure.kind() == Measure.Kind.BONUS ? "加" : "扣")
				+ this.perFact.toPlainString() + "，上限 " + this.cap.toPlainString();
	}

}
