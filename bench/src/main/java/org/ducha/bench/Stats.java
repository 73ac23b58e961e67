package org.ducha.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Order statistics of a sample: median and spread of the rounds of a scenario,
 * percentiles of the latencies within a round.
 */
final class Stats {

	private final double[] sorted;

	private Stats(double[] sorted) {
		this.sorted = sorted;
	}

	static Stats of(Collection<? extends Number> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("No values");
		}
		return new Stats(values.stream().mapToDouble(Number::doubleValue).sorted().toArray());
	}

	static Stats of(double... values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("No values");
		}
		double[] copy = values.clone();
		Arrays.sort(copy);
		return new Stats(copy);
	}

	int count() {
		return this.sorted.length;
	}

	double min() {
		return this.sorted[0];
	}

	double max() {
		return this.sorted[this.sorted.length - 1];
	}

	/** The middle value; the mean of the two middle values of an even count. */
	double median() {
		int n = this.sorted.length;
		return (n % 2 == 1) ? this.sorted[n / 2] : (this.sorted[n / 2 - 1] + this.sorted[n / 2]) / 2;
	}

	/**
	 * The nearest-rank percentile: the smallest value with at least {@code p} percent of
	 * the sample at or below it.
	 */
	double percentile(double p) {
		if (p <= 0 || p > 100) {
			throw new IllegalArgumentException("Percentile must be in (0, 100]: " + p);
		}
		int rank = (int) Math.ceil(p / 100 * this.sorted.length);
		return this.sorted[Math.max(rank, 1) - 1];
	}

	/**
	 * Spread of the rounds relative to their median: (max - min) / median, as a
	 * percentage; 0 for a single round or a zero median.
	 */
	double spreadPercent() {
		double median = median();
		return (median == 0) ? 0 : (max() - min()) / Math.abs(median) * 100;
	}

}
