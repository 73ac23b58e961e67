package org.ducha.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerFillTests {

	@Test
	void writesTheFiveTablesOfACopyFromTheChunksSequence() {
		List<String> inserts = ServerFill.inserts(10_001, 20_000, 1_000_000, "440000", "441700");
		assertThat(inserts).hasSize(5);
		assertThat(inserts).extracting((sql) -> sql.substring(0, sql.indexOf(" (")))
			.containsExactly("INSERT INTO task", "INSERT INTO assignment", "INSERT INTO report_slot",
					"INSERT INTO task_timeline", "INSERT INTO fed_applied_event");
		assertThat(inserts).allSatisfy((sql) -> assertThat(sql).contains("seq_10001_to_20000"));
		assertThat(inserts.get(2)).contains("JOIN seq_1_to_" + SetBasedAnchor.SLOTS);
		// a task's, an assignment's and an event's ids never meet
		assertThat(inserts.get(0)).contains("'-0001-4000-8000-'");
		assertThat(inserts.get(1)).contains("'-0002-4000-8000-'").contains("'-0001-4000-8000-'");
		assertThat(inserts.get(4)).contains("'-0003-4000-8000-'");
		assertThat(inserts).allSatisfy((sql) -> assertThat(sql).doesNotContain("/ 20000"));
	}

}
