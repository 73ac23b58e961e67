package org.ducha.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CursorFileTests {

	@TempDir
	Path folder;

	@Test
	void aReopenedFileHoldsWhatWasSaved() {
		Path path = this.folder.resolve("peers").resolve("441704.cursor");
		CursorFile file = CursorFile.open(path);
		file.put("in.channel_task.applied", 42);
		file.put("in.channel_task.epoch", "e1");
		file.save();
		CursorFile reopened = CursorFile.open(path);
		assertThat(reopened.getLong("in.channel_task.applied", 0)).isEqualTo(42);
		assertThat(reopened.get("in.channel_task.epoch")).isEqualTo("e1");
		assertThat(reopened.getLong("absent", -1)).isEqualTo(-1);
	}

	@Test
	void keepsTheFirstValueOfAKeyAcrossSessions() {
		Path path = this.folder.resolve("440100.cursor");
		CursorFile file = CursorFile.open(path);
		assertThat(file.getOrPut("report.epoch", "first")).isEqualTo("first");
		file.save();
		assertThat(CursorFile.open(path).getOrPut("report.epoch", "second")).isEqualTo("first");
	}

	@Test
	void writesNothingUntilSomethingChanged() {
		Path path = this.folder.resolve("440200.cursor");
		CursorFile.open(path).save();
		assertThat(Files.exists(path)).isFalse();
	}

}
