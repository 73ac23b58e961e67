package org.ducha.node.federation.grpc;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits before dialling the parent again: 1 s × 1.6 up to the cap, ±20 %, from the start
 * again after a successful Hello.
 */
class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(90), 1.6, 0.2,
			new SplittableRandom(7));

	@Test
	void growsBySixtyPercentWithinTwentyPercentJitter() {
		double base = 1000;
		for (int attempt = 0; attempt < 8; attempt++) {
			long wait = this.backoff.next().toMillis();
			assertThat(wait).isBetween(Math.round(base * 0.8), Math.round(base * 1.2));
			base *= 1.6;
		}
	}

	@Test
	void neverWaitsLongerThanTheCapPlusJitter() {
		for (int attempt = 0; attempt < 50; attempt++) {
			assertThat(this.backoff.next()).isLessThanOrEqualTo(Duration.ofMillis(90_000 * 12 / 10));
		}
		assertThat(this.backoff.next()).isGreaterThanOrEqualTo(Duration.ofMillis(90_000 * 8 / 10));
	}

	@Test
	void startsOverAfterReset() {
		for (int attempt = 0; attempt < 10; attempt++) {
			this.backoff.next();
		}
		this.backoff.reset();
		assertThat(this.backoff.next()).isLessThanOrEqualTo(Duration.ofMillis(1200));
	}

}
