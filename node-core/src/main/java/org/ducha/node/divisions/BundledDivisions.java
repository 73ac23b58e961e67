package org.ducha.node.divisions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The divisions bundled with every node (classpath {@code divisions/gbt2260-440000.tsv}:
 * 广东省, its 21 cities and their 122 county-level divisions): the registry's version 0.
 */
final class BundledDivisions {

	static final String RESOURCE = "divisions/gbt2260-440000.tsv";

	private static final Instant BUNDLED_AT = Instant.parse("2024-01-01T00:00:00Z");

	private BundledDivisions() {
	}

	/** The bundled divisions by code, in the file's order. */
	static Map<String, DivisionRecord> load() {
		Map<String, DivisionRecord> divisions = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length != 3) {
					throw new IllegalStateException(RESOURCE + " has a line without three fields: " + line);
				}
				String parent = fields[2].isBlank() ? null : fields[2];
				divisions.put(fields[0], new DivisionRecord(fields[0], fields[1], parent, false, 0,
						"GB/T 2260 (bundled)", "bundled", BUNDLED_AT, "bundled"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled divisions " + RESOURCE, ex);
		}
		return divisions;
	}

}
