package org.ducha.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * A simulated peer's durable positions (log epochs, sequence numbers, cursors) in a small
 * file of its own, replaced whole on every save so that a reader never sees half of one.
 */
final class CursorFile {

	private final Path file;

	private final Properties values = new Properties();

	private boolean dirty;

	private CursorFile(Path file) {
		this.file = file;
	}

	/** Opens a peer's file, reading what an earlier session saved. */
	static CursorFile open(Path file) {
		CursorFile cursors = new CursorFile(file);
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				cursors.values.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
		}
		return cursors;
	}

	synchronized String get(String key) {
		return this.values.getProperty(key);
	}

	synchronized long getLong(String key, long absent) {
		String value = this.values.getProperty(key);
		return (value != null) ? Long.parseLong(value) : absent;
	}

	/** The value of a key, storing {@code initial} first when it has none. */
	synchronized String getOrPut(String key, String initial) {
		String value = this.values.getProperty(key);
		if (value == null) {
			put(key, initial);
			return initial;
		}
		return value;
	}

	synchronized void put(String key, Object value) {
		String text = String.valueOf(value);
		if (!text.equals(this.values.getProperty(key))) {
			this.values.setProperty(key, text);
			this.dirty = true;
		}
	}

	/** Writes the file if anything changed since the last save. */
	synchronized void save() {
		if (!this.dirty) {
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			Path next = this.file.resolveSibling(this.file.getFileName() + ".next");
			try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
				this.values.store(out, null);
			}
			Files.move(next, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			this.dirty = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

}
