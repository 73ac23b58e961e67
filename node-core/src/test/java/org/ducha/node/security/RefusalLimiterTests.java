package org.ducha.node.security;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound on recorded refusals: the first few of a client a minute one by one, the rest
 * counted into one summary per minute, and a fixed number of clients tracked.
 */
class RefusalLimiterTests {

	private static final Instant MINUTE = Instant.parse("2026-03-02T08:15:00Z");

	@Test
	void recordsTheFirstFewRefusalsOfAClientAndCountsTheRest() {
		RefusalLimiter limiter = new RefusalLimiter();
		for (int i = 0; i < RefusalLimiter.DETAILED_PER_CLIENT; i++) {
			assertThat(limiter.admit("address 203.0.113.5", MINUTE.plusSeconds(i)).recordIt()).as("refusal " + i)
				.isTrue();
		}
		for (int i = 0; i < 100; i++) {
			assertThat(limiter.admit("address 203.0.113.5", MINUTE.plusSeconds(10)).recordIt()).isFalse();
		}
		assertThat(limiter.admit("address 198.51.100.7", MINUTE.plusSeconds(20)).recordIt())
			.as("another client is recorded")
			.isTrue();
		RefusalLimiter.Summary summary = limiter.closeEnded(MINUTE.plusSeconds(60)).orElseThrow();
		assertThat(summary.minute()).isEqualTo(MINUTE);
		assertThat(summary.suppressed()).containsExactly(java.util.Map.entry("address 203.0.113.5", 100L));
		assertThat(summary.describe()).startsWith("100 more refusals in the minute from 2026-03-02T08:15:00Z")
			.contains("address 203.0.113.5 ×100");
	}

	@Test
	void aNewMinuteStartsAfreshAndClosesTheLastOne() {
		RefusalLimiter limiter = new RefusalLimiter();
		for (int i = 0; i < RefusalLimiter.DETAILED_PER_CLIENT + 2; i++) {
			limiter.admit("address 203.0.113.5", MINUTE.plusSeconds(30));
		}
		assertThat(limiter.closeEnded(MINUTE.plusSeconds(59))).as("the minute is not over").isEmpty();
		RefusalLimiter.Admission next = limiter.admit("address 203.0.113.5", MINUTE.plusSeconds(61));
		assertThat(next.recordIt()).isTrue();
		assertThat(next.ended()).map(RefusalLimiter.Summary::total).contains(2L);
	}

	@Test
	void tracksAFixedNumberOfClientsAndCountsTheOthersTogether() {
		RefusalLimiter limiter = new RefusalLimiter();
		for (int client = 0; client < RefusalLimiter.CLIENTS_PER_MINUTE; client++) {
			assertThat(limiter.admit("address 10.0.0." + client, MINUTE).recordIt()).isTrue();
		}
		for (int client = 0; client < 10_000; client++) {
			assertThat(limiter.admit("address 10.1." + client, MINUTE).recordIt()).isFalse();
		}
		RefusalLimiter.Summary summary = limiter.close().orElseThrow();
		assertThat(summary.untracked()).isEqualTo(10_000);
		assertThat(summary.suppressed()).isEmpty();
		assertThat(summary.describe())
			.contains("10000 from clients beyond the first " + RefusalLimiter.CLIENTS_PER_MINUTE);
	}

	@Test
	void aMinuteWithoutSuppressedRefusalsNeedsNoSummary() {
		RefusalLimiter limiter = new RefusalLimiter();
		limiter.admit("address 203.0.113.5", MINUTE);
		assertThat(limiter.close()).isEqualTo(Optional.empty());
		assertThat(limiter.close()).as("nothing counted").isEmpty();
	}

}
