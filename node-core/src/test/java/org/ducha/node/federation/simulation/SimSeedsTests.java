package org.ducha.node.federation.simulation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a run's seeds start when the build says {@code commit}. */
class SimSeedsTests {

	@Test
	void aCommitStartsItsSeedsAtItsFirstEightHexDigits() {
		assertThat(SimSeeds.fromCommit("13f533d2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6")).isEqualTo(0x13f533d2L)
			.isEqualTo(334_836_690L);
		assertThat(SimSeeds.fromCommit("d3e1941f00000000000000000000000000000000")).isEqualTo(3_554_776_095L);
		assertThat(SimSeeds.fromCommit("0000000a00000000000000000000000000000000")).isEqualTo(10L);
	}

}
