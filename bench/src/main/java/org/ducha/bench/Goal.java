package org.ducha.bench;

import java.util.Locale;

/**
 * A goal of the issue for a figure: the median of the rounds must be at least, or below,
 * a threshold.
 *
 * @param atLeast whether the figure must reach the threshold (otherwise stay below it)
 * @param threshold the threshold, in the figure's unit
 */
record Goal(boolean atLeast, double threshold) {

	static Goal atLeast(double threshold) {
		return new Goal(true, threshold);
	}

	static Goal below(double threshold) {
		return new Goal(false, threshold);
	}

	/** At most {@code threshold}, for counts whose goal is none. */
	static Goal atMost(double threshold) {
		return below(Math.nextUp(threshold));
	}

	boolean metBy(double value) {
		return this.atLeast ? value >= this.threshold : value < this.threshold;
	}

	String describe() {
		if (!this.atLeast && this.threshold == Math.nextUp(Math.rint(this.threshold))) {
			return "≤ " + Measurement.format(Math.rint(this.threshold));
		}
		return (this.atLeast ? "≥ " : "< ") + Measurement.format(this.threshold);
	}

	@Override
	public String toString() {
		return describe().toLowerCase(Locale.ROOT);
	}

}
