package org.ducha.node.federation.grpc;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for dialling the parent again (docs/protocol.md §4.6):
 * 1 s × 1.6 up to a cap, each wait spread by ±20 %, back to the start after a successful
 * Hello.
 */
final class Backoff {

	private final Duration initial;

	private final Duration max;

	private final double multiplier;

	private final double jitter;

	private final RandomGenerator random;

	private double nextMillis;

	Backoff(Duration initial, Duration max, double multiplier, double jitter, RandomGenerator random) {
		this.initial = initial;
		this.max = max;
		this.multiplier = multiplier;
		this.jitter = jitter;
		this.random = random;
		reset();
	}

	/** The wait before the next attempt; each call grows the following one. */
	Duration next() {
		double base = this.nextMillis;
		this.nextMillis = Math.min(this.nextMillis * this.multiplier, this.max.toMillis());
		double spread = 1 + this.jitter * (2 * this.random.nextDouble() - 1);
		return Duration.ofMillis(Math.round(base * spread));
	}

	void reset() {
		this.nextMillis = this.initial.toMillis();
	}

}
