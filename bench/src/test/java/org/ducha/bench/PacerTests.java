package org.ducha.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTests {

	@Test
	void ticksAreDueOnePeriodApartAndNoneAtOrAfterTheEnd() {
		long started = System.nanoTime();
		List<Long> dues = new ArrayList<>();
		List<Long> indexes = new ArrayList<>();
		long count = Pacer.ticks(started, 1000, Duration.ofMillis(50), (index, due) -> {
			indexes.add(index);
			dues.add(due);
		});
		assertThat(count).isEqualTo(50);
		assertThat(indexes).hasSize(50).first().isEqualTo(0L);
		assertThat(indexes.get(49)).isEqualTo(49L);
		for (int i = 0; i < dues.size(); i++) {
			assertThat(dues.get(i)).isEqualTo(started + i * Pacer.period(1000));
		}
		assertThat(System.nanoTime()).as("the last tick waited for its due time")
			.isGreaterThanOrEqualTo(started + 49 * Pacer.period(1000));
	}

}
