package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ducha.node.problem.InvalidRequestException;

/**
 * The rules of a formula as the province's administrator writes them, checked
 * (docs/business-rules.md, "Assessment"): every measure known and named once, the weights
 * of the rate measures adding up to exactly 100, each deduction or bonus with positive
 * points per fact and a cap between those points and 100, two decimals at most. The first
 * problem found is named, in Chinese and in English.
 */
public final class FormulaValidation {

	/** The sum the weights of the rate measures make. */
	static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

	private FormulaValidation() {
	}

	/**
	 * One measure's rule as written.
	 *
	 * @param measure the measure's name, e.g. {@code ON_TIME_REPORTS}
	 * @param weight a rate measure's weight
	 * @param perFact a deduction's or bonus's points per fact
	 * @param cap a deduction's or bonus's cap
	 */
	public record Written(String measure, BigDecimal weight, BigDecimal perFact, BigDecimal cap) {
	}

	/**
	 * The rules, in the order of {@link Measure}.
	 * @throws InvalidRequestException naming the first problem
	 */
	public static List<MeasureRule> validate(List<Written> written) {
		if (written == null || written.isEmpty()) {
			throw new InvalidRequestException("考核办法至少要有一个指标。 A formula counts at least one measure.");
		}
		Set<Measure> seen = EnumSet.noneOf(Measure.class);
		List<MeasureRule> rules = new ArrayList<>();
		for (Written entry : written) {
			Measure measure = Measure.named((entry.measure() != null) ? entry.measure().strip() : "")
				.orElseThrow(() -> unknown(entry.measure()));
			if (!seen.add(measure)) {
				throw new InvalidRequestException("考核指标 " + measure.name() + "（" + measure.chinese()
						+ "）出现了两次。 Measure " + measure.name() + " appears twice.");
			}
			rules.add(rule(measure, entry));
		}
		BigDecimal sum = rules.stream()
			.filter((rule) -> rule.measure().kind() == Measure.Kind.RATE)
			.map(MeasureRule::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(FULL_MARKS) != 0) {
			String terms = rules.stream()
				.filter((rule) -> rule.measure().kind() == Measure.Kind.RATE)
				.map((rule) -> rule.measure().name() + " " + rule.weight().toPlainString())
				.collect(Collectors.joining(" + "));
			String shown = terms.isEmpty() ? "none" : terms;
			throw new InvalidRequestException("按比率计分的指标权重之和应为 100，现为 " + sum.toPlainString() + "（" + shown
					+ "）。 The weights of the rate measures add up to " + sum.toPlainString() + ", not 100: " + shown
					+ ".");
		}
		rules.sort(Comparator.comparing(MeasureRule::measure));
		return rules;
	}

	private static MeasureRule rule(Measure measure, Written entry) {
		String name = measure.name() + "（" + measure.chinese() + "）";
		if (measure.kind() == Measure.Kind.RATE) {
			if (entry.perFact() != null || entry.cap() != null || !within(entry.weight(), FULL_MARKS)) {
				throw new InvalidRequestException(
						"指标 " + name + "按比率计分：只填权重，大于 0、不超过 100、至多两位小数。 Measure " + measure.name()
								+ " is a rate: give its weight only, above 0, at most 100, two decimals at most.");
			}
			return new MeasureRule(measure, plain(entry.weight()), null, null);
		}
		if (entry.weight() != null || !within(entry.perFact(), FULL_MARKS) || !within(entry.cap(), FULL_MARKS)
				|| entry.cap().compareTo(entry.perFact()) < 0) {
			throw new InvalidRequestException("指标 " + name + "按项" + ((measure.kind() == Measure.Kind.BONUS) ? "加" : "扣")
					+ "分：只填每项分值和上限，均大于 0、不超过 100、至多两位小数，上限不小于每项分值。 Measure " + measure.name()
					+ " counts per fact: give its points per fact and its cap only, each above 0 and at most 100 "
					+ "with two decimals at most, the cap no less than the points per fact.");
		}
		return new MeasureRule(measure, null, plain(entry.perFact()), plain(entry.cap()));
	}

	private static boolean within(BigDecimal value, BigDecimal max) {
		return value != null && value.signum() > 0 && value.compareTo(max) <= 0
				&& value.stripTrailingZeros().scale() <= 2;
	}

	/** 60.00 as 60, 0.50 as 0.5, and 100 never as 1E+2. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static InvalidRequestException unknown(String name) {
		String known = Arrays.stream(Measure.values()).map(Measure::name).collect(Collectors.joining(", "));
		return new InvalidRequestException("考核办法中的指标 '" + name + "' 不存在（可用的指标：" + known + "）。 The formula names an "
				+ "unknown measure '" + name + "' (known: " + known + ").");
	}

}
