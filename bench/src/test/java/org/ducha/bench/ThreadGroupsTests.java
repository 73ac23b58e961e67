package org.ducha.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadGroupsTests {

	@Test
	void attributesThreadsByName() {
		assertThat(ThreadGroups.of("ducha-link-440000")).isEqualTo(ThreadGroups.PROVINCE);
		assertThat(ThreadGroups.of("grpc-default-worker-ELG-3-1")).isEqualTo(ThreadGroups.SERVER_TRANSPORT);
		assertThat(ThreadGroups.of("bench-sim-440100")).isEqualTo(ThreadGroups.SIMULATORS);
		assertThat(ThreadGroups.of("bench-sim-net-4-1")).isEqualTo(ThreadGroups.SIMULATORS);
		assertThat(ThreadGroups.of("ducha-link-441700")).isEqualTo(ThreadGroups.OTHER);
		assertThat(ThreadGroups.of(null)).isEqualTo(ThreadGroups.OTHER);
	}

}
