package org.ducha.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatsTests {

	@Test
	void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
		assertThat(Stats.of(9, 1, 5).median()).isEqualTo(5);
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		assertThat(Stats.of(List.of(4, 1, 3, 2)).median()).isEqualTo(2.5);
	}

	@Test
	void spreadIsTheRangeRelativeToTheMedian() {
		Stats stats = Stats.of(900, 1000, 1100);
		assertThat(stats.min()).isEqualTo(900);
		assertThat(stats.max()).isEqualTo(1100);
		assertThat(stats.spreadPercent()).isEqualTo(20);
		assertThat(Stats.of(7).spreadPercent()).isZero();
	}

	@Test
	void percentilesAreNearestRank() {
		double[] values = new double[100];
		for (int i = 0; i < values.length; i++) {
			values[i] = 100 - i;
		}
		Stats stats = Stats.of(values);
		assertThat(stats.percentile(50)).isEqualTo(50);
		assertThat(stats.percentile(99)).isEqualTo(99);
		assertThat(stats.percentile(100)).isEqualTo(100);
		assertThat(Stats.of(3, 1, 2).percentile(99)).isEqualTo(3);
		assertThat(Stats.of(3, 1, 2).percentile(1)).isEqualTo(1);
	}

	@Test
	void refusesAnEmptySampleAndPercentilesOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.of(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.of(1, 2).percentile(0));
	}

}
