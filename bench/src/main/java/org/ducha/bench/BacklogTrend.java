package org.ducha.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The backlog of scenario 5 sampled during the load (entries created and not yet
 * committed at the province), and whether it stayed flat: its least-squares slope, after
 * the first tenth of the load (the start, when every link opens its window), grows by
 * less than {@value #FLAT_SHARE} of the offered rate.
 */
final class BacklogTrend {

	/** A slope below this share of the offered rate is flat. */
	static final double FLAT_SHARE = 0.01;

	private final List<double[]> samples = new ArrayList<>();

	/** One sample: seconds since the load started, entries waiting then. */
	synchronized void sample(double seconds, long backlog) {
		this.samples.add(new double[] { seconds, backlog });
	}

	/**
	 * Entries per second the backlog grew by after the first tenth of the load; 0 if
	 * unknown.
	 */
	synchronized double slope(double loadSeconds) {
		List<double[]> used = this.samples.stream().filter((s) -> s[0] >= loadSeconds / 10).toList();
		if (used.size() < 2) {
			return 0;
		}
		double meanX = used.stream().mapToDouble((s) -> s[0]).average().orElse(0);
		double meanY = used.stream().mapToDouble((s) -> s[1]).average().orElse(0);
		double covariance = 0;
		double variance = 0;
		for (double[] s : used) {
			covariance += (s[0] - meanX) * (s[1] - meanY);
			variance += (s[0] - meanX) * (s[0] - meanX);
		}
		return (variance == 0) ? 0 : covariance / variance;
	}

	/** The largest backlog sampled. */
	synchronized double max() {
		return this.samples.stream().mapToDouble((s) -> s[1]).max().orElse(0);
	}

	static boolean flat(double slope, double offeredRate) {
		return slope < FLAT_SHARE * offeredRate;
	}

}
