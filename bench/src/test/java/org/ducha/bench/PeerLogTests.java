package org.ducha.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeerLogTests {

	@Test
	void numbersEntriesWithoutGapsFromOne() {
		PeerLog log = new PeerLog();
		assertThat(log.lastSeq()).isZero();
		assertThat(log.append(3, 1, 100)).isEqualTo(1);
		assertThat(log.append(0, 1, 200)).isEqualTo(2);
		assertThat(log.append(3, 2, 300)).isEqualTo(3);
		assertThat(log.lastSeq()).isEqualTo(3);
	}

	@Test
	void readsBackEveryEntryAcrossChunks() {
		PeerLog log = new PeerLog();
		for (int i = 1; i <= 20_000; i++) {
			log.append(i % 7, i * 2L, i * 10L);
		}
		for (long seq : new long[] { 1, 8_192, 8_193, 16_384, 20_000 }) {
			assertThat(log.county(seq)).isEqualTo((int) (seq % 7));
			assertThat(log.countySeq(seq)).isEqualTo(seq * 2);
			assertThat(log.createdNanos(seq)).isEqualTo(seq * 10);
		}
	}

	@Test
	void refusesPositionsOutsideTheLog() {
		PeerLog log = new PeerLog();
		log.append(0, 1, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> log.county(0));
		assertThatIllegalArgumentException().isThrownBy(() -> log.createdNanos(2));
	}

}
