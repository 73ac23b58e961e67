package org.ducha.node.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database refuses a data folder the library would delete at every start.
 */
class EmbeddedMariaDbTests {

	@Test
	void refusesADataFolderUnderTheTemporaryDirectory() {
		Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "ducha-node-441704", "mariadb");
		assertThatThrownBy(() -> EmbeddedMariaDb.start(underTmp, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("would be deleted at every start")
			.hasMessageContaining("ducha.node.data-dir");
	}

}
