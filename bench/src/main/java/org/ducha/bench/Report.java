package org.ducha.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of one run: the machine it ran on, every figure with its rounds, and notes
 * (what was shortened, what was not done and why), as a Markdown table and as JSON.
 */
final class Report {

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final List<Measurement> measurements = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final List<Verdict> verdicts = new ArrayList<>();

	/**
	 * One goal of the issue, as the run judged it.
	 *
	 * @param order where it stands in the list
	 * @param goal the goal and its scenario
	 * @param figure what was measured (median of the rounds)
	 * @param met whether it was met; null when it was not measured
	 * @param cause what limits it, for a goal missed (or why it was not measured)
	 */
	record Verdict(int order, String goal, String figure, Boolean met, String cause) {
	}

	void environment(String key, Object value) {
		this.environment.put(key, String.valueOf(value));
	}

	void add(Measurement measurement) {
		this.measurements.add(measurement);
	}

	void note(String note) {
		this.notes.add(note);
	}

	List<Measurement> measurements() {
		return List.copyOf(this.measurements);
	}

	void verdict(Verdict verdict) {
		this.verdicts.add(verdict);
	}

	List<Verdict> verdicts() {
		return this.verdicts.stream().sorted(java.util.Comparator.comparingInt(Verdict::order)).toList();
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("| scenario | metric | median | min | max | spread | rounds | goal | met |\n");
		out.append("|---|---|--:|--:|--:|--:|--:|---|---|\n");
		for (Measurement m : this.measurements) {
			Stats stats = m.stats();
			String unit = m.unit().isEmpty() ? "" : " " + m.unit();
			out.append("| ")
				.append(cell(m.scenario()))
				.append(" | ")
				.append(cell(m.metric()))
				.append(" | ")
				.append(Measurement.format(stats.median()))
				.append(unit)
				.append(" | ")
				.append(Measurement.format(stats.min()))
				.append(" | ")
				.append(Measurement.format(stats.max()))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.0f %%", stats.spreadPercent()))
				.append(" | ")
				.append(stats.count())
				.append(" | ")
				.append((m.goal() != null) ? cell(m.goal().describe() + unit) : "")
				.append(" | ")
				.append((m.met() == null) ? "" : m.met() ? "yes" : "**no**")
				.append(" |\n");
		}
		out.append("\nSpread is (max − min) / median over the rounds.\n");
		if (!this.verdicts.isEmpty()) {
			out.append("\nGoals of the issue:\n\n| goal | figure | met | cause |\n|---|---|---|---|\n");
			for (Verdict verdict : verdicts()) {
				out.append("| ")
					.append(cell(verdict.goal()))
					.append(" | ")
					.append(cell(verdict.figure()))
					.append(" | ")
					.append((verdict.met() == null) ? "not measured" : verdict.met() ? "met" : "**missed**")
					.append(" | ")
					.append(cell(verdict.cause()))
					.append(" |\n");
			}
		}
		List<Measurement> noted = this.measurements.stream().filter((m) -> m.note() != null).toList();
		if (!noted.isEmpty()) {
			out.append('\n');
			noted.forEach((m) -> out.append("- *")
				.append(m.scenario())
				.append(", ")
				.append(m.metric())
				.append("*: ")
				.append(m.note())
				.append('\n'));
		}
		if (!this.notes.isEmpty()) {
			out.append('\n');
			this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		}
		out.append("\nMeasured on:\n\n");
		this.environment
			.forEach((key, value) -> out.append("- ").append(key).append(": `").append(value).append("`\n"));
		return out.toString();
	}

	String json() {
		StringBuilder out = new StringBuilder("{\n  \"environment\": {");
		out.append(this.environment.entrySet()
			.stream()
			.map((e) -> "\n    " + string(e.getKey()) + ": " + string(e.getValue()))
			.collect(Collectors.joining(",")));
		out.append("\n  },\n  \"measurements\": [");
		List<String> rows = new ArrayList<>();
		for (Measurement m : this.measurements) {
			Stats stats = m.stats();
			StringBuilder row = new StringBuilder("\n    {");
			row.append("\"scenario\": ").append(string(m.scenario()));
			row.append(", \"metric\": ").append(string(m.metric()));
			row.append(", \"unit\": ").append(string(m.unit()));
			row.append(", \"median\": ").append(number(stats.median()));
			row.append(", \"min\": ").append(number(stats.min()));
			row.append(", \"max\": ").append(number(stats.max()));
			row.append(", \"spreadPercent\": ").append(number(stats.spreadPercent()));
			row.append(", \"rounds\": [")
				.append(m.rounds().stream().map(Report::number).collect(Collectors.joining(", ")))
				.append(']');
			if (m.goal() != null) {
				row.append(", \"goal\": {\"atLeast\": ")
					.append(m.goal().atLeast())
					.append(", \"threshold\": ")
					.append(number(m.goal().threshold()))
					.append("}, \"met\": ")
					.append(m.met());
			}
			if (m.note() != null) {
				row.append(", \"note\": ").append(string(m.note()));
			}
			rows.add(row.append('}').toString());
		}
		out.append(String.join(",", rows));
		out.append("\n  ],\n  \"goals\": [");
		out.append(verdicts().stream()
			.map((v) -> "\n    {\"goal\": " + string(v.goal()) + ", \"figure\": " + string(v.figure()) + ", \"met\": "
					+ v.met() + ", \"cause\": " + string(v.cause()) + "}")
			.collect(Collectors.joining(",")));
		out.append("\n  ],\n  \"notes\": [");
		out.append(this.notes.stream().map((n) -> "\n    " + string(n)).collect(Collectors.joining(",")));
		return out.append("\n  ]\n}\n").toString();
	}

	/** Writes {@code <name>.md} and {@code <name>.json} into a folder. */
	void write(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name + ".md"), markdown(), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(name + ".json"), json(), StandardCharsets.UTF_8);
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "null";
		}
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.4f", value);
	}

	static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
