package org.ducha.bench;

import java.util.List;
import java.util.Locale;

/**
 * One figure of one scenario, measured in several rounds.
 *
 * @param scenario the scenario's number in the issue and its name
 * @param metric what is measured
 * @param unit the unit of the values
 * @param rounds the value of each round, in the order measured
 * @param goal the goal for the median, or null
 * @param note what limits or qualifies the figure, or null
 */
record Measurement(String scenario, String metric, String unit, List<Double> rounds, Goal goal, String note) {

	Measurement {
		rounds = List.copyOf(rounds);
		if (rounds.isEmpty()) {
			throw new IllegalArgumentException("A measurement needs at least one round: " + metric);
		}
	}

	Stats stats() {
		return Stats.of(this.rounds);
	}

	/** Whether the median meets the goal; null without a goal. */
	Boolean met() {
		return (this.goal != null) ? this.goal.metBy(stats().median()) : null;
	}

	/** A value for people: no decimals from 100 on, two below 10, one between. */
	static String format(double value) {
		double magnitude = Math.abs(value);
		String pattern = (magnitude >= 100) ? "%.0f" : (magnitude >= 10) ? "%.1f" : "%.2f";
		return String.format(Locale.ROOT, pattern, value);
	}

}
