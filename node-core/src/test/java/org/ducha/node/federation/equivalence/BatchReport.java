package org.ducha.node.federation.equivalence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what each seed covered to {@code target/batch-equivalence-report.txt}: its
 * entries by kind, its batches, the longest group a handler got and the rows each table
 * ended with.
 */
final class BatchReport {

	private BatchReport() {
	}

	static void write(String text) {
		try {
			Path target = Path.of("target");
			Files.createDirectories(target);
			Files.writeString(target.resolve("batch-equivalence-report.txt"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
