package org.ducha.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableGrowthTests {

	@Test
	void fillIdsAreRandomVersion4UuidsInKeyOrderForEachKind() {
		Supplier<String> ids = TableGrowth.sortedRandomIds(1_000);
		List<List<String>> kinds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int i = 0; i < 3_000; i++) {
			kinds.get(i % CopyRows.IDS_PER_COPY).add(ids.get());
		}
		for (List<String> kind : kinds) {
			assertThat(kind).isSorted();
			assertThat(kind).allSatisfy((id) -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
			// spread over the whole key space, as real ids are
			assertThat(kind.get(0)).startsWith("0");
			assertThat(kind.get(kind.size() - 1)).startsWith("f");
		}
		HashSet<String> distinct = new HashSet<>();
		kinds.forEach(distinct::addAll);
		assertThat(distinct).hasSize(3_000);
	}

}
