package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's score from its record and a formula (docs/business-rules.md, "Assessment"): a
 * rate measure earns its weight times the share of good facts (its full weight when there
 * was nothing to count); a deduction takes its points per fact (per overdue day), at most
 * its cap; a bonus adds the same way. Each measure's points are rounded half up to two
 * decimals, the total is their sum and never below 0.
 */
public final class Scoring {

	private static final int SCALE = 2;

	private Scoring() {
	}

	public static UnitScore score(AssessedRecord record, Formula formula) {
		List<MeasureScore> measures = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
		for (MeasureRule rule : formula.rules()) {
			MeasureScore score = switch (rule.measure().kind()) {
				case RATE -> rate(rule, record.of(rule.measure()));
				case DEDUCTION, BONUS -> perFact(rule, record.of(rule.measure()));
			};
			measures.add(score);
			total = total.add(score.points());
		}
		return new UnitScore(record.unitCode(), record.unitName(), record.nodeCode(),
				total.max(BigDecimal.ZERO.setScale(SCALE)), formula.version(), measures);
	}

	private static MeasureScore rate(MeasureRule rule, List<CountedFact> facts) {
		BigDecimal all = BigDecimal.valueOf(facts.size());
		BigDecimal good = BigDecimal.valueOf(facts.stream().filter(CountedFact::good).count());
		if (facts.isEmpty()) {
			return new MeasureScore(rule, rule.weight().setScale(SCALE), good, all,
					"无应计事项，按满分 " + rule.weight().toPlainString() + " 计", facts);
		}
		BigDecimal points = rule.weight().multiply(good).divide(all, SCALE, RoundingMode.HALF_UP);
		return new MeasureScore(rule, points, good, all,
				rule.weight().toPlainString() + " × " + good + "/" + all + " = " + points.toPlainString(), facts);
	}

	private static MeasureScore perFact(MeasureRule rule, List<CountedFact> facts) {
		BigDecimal amount = facts.stream().map(CountedFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal raw = rule.perFact().multiply(amount);
		BigDecimal capped = raw.min(rule.cap()).setScale(SCALE, RoundingMode.HALF_UP);
		boolean bonus = rule.measure().kind() == Measure.Kind.BONUS;
		String computation = rule.perFact().toPlainString() + " × " + amount.toPlainString() + " = "
				+ raw.toPlainString() + ((raw.compareTo(rule.cap()) > 0) ? "，超过上限按 " + rule.cap().toPlainString() : "")
				+ "，" + (bonus ? "加 " : "扣 ") + capped.toPlainString();
		return new MeasureScore(rule, bonus ? capped : capped.negate(), amount, amount, computation, facts);
	}

}
