package org.ducha.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTests {

	private static Report sample() {
		Report report = new Report();
		report.environment("CPU", "Xeon \"test\"");
		report.add(new Measurement("2 link throughput", "province → city", "events/s", List.of(3000.0, 1000.0, 2000.0),
				Goal.atLeast(5_000), "limited | by \"apply\""));
		report.add(new Measurement("3 latency", "p99", "ms", List.of(12.5), Goal.below(100), null));
		report.add(new Measurement("1 anchor", "single-row", "rows/s", List.of(400.0, 500.0), null, null));
		report.note("Scenario 5 not done");
		return report;
	}

	@Test
	void markdownRowShowsMedianSpreadGoalAndWhetherItIsMet() {
		String markdown = sample().markdown();
		assertThat(markdown).contains(
				"| 2 link throughput | province → city | 2000 events/s | 1000 | 3000 | 100 % | 3 | ≥ 5000 events/s | **no** |");
		assertThat(markdown).contains("| 3 latency | p99 | 12.5 ms | 12.5 | 12.5 | 0 % | 1 | < 100 ms | yes |");
		assertThat(markdown).contains("| 1 anchor | single-row | 450 rows/s | 400 | 500 | 22 % | 2 |  |  |");
		assertThat(markdown).contains("- *2 link throughput, province → city*: limited | by \"apply\"")
			.contains("- Scenario 5 not done");
		assertThat(markdown).contains("- CPU: `Xeon \"test\"`");
	}

	@Test
	void jsonCarriesEveryRoundEscapedAndTheVerdict() {
		String json = sample().json();
		assertThat(json).contains("\"CPU\": \"Xeon \\\"test\\\"\"");
		assertThat(json).contains("\"median\": 2000, \"min\": 1000, \"max\": 3000, \"spreadPercent\": 100, "
				+ "\"rounds\": [3000, 1000, 2000], \"goal\": {\"atLeast\": true, \"threshold\": 5000}, \"met\": false");
		assertThat(json).contains("\"median\": 12.5000").contains("\"met\": true");
		assertThat(json).contains("\"note\": \"limited | by \\\"apply\\\"\"");
		assertThat(json).contains("\"notes\": [\n    \"Scenario 5 not done\"\n  ]");
		assertThat(Report.string("a\nb\u0001")).isEqualTo("\"a\\nb\\u0001\"");
		assertThat(Report.number(Double.NaN)).isEqualTo("null");
	}

	@Test
	void writesMarkdownAndJsonFiles(@TempDir Path folder) throws Exception {
		Report report = sample();
		report.write(folder.resolve("results"), "latest");
		assertThat(Files.readString(folder.resolve("results/latest.md"))).isEqualTo(report.markdown());
		assertThat(Files.readString(folder.resolve("results/latest.json"))).isEqualTo(report.json());
	}

	@Test
	void optionsOfTheQuickRunAreSmallerThanTheFullRun() {
		BenchOptions full = BenchOptions.parse();
		BenchOptions quick = BenchOptions.parse("--quick", "--rounds", "3");
		assertThat(full.quick()).isFalse();
		assertThat(full.rounds()).isEqualTo(3);
		assertThat(quick.quick()).isTrue();
		assertThat(quick.rounds()).isEqualTo(3);
		assertThat(quick.linkEvents()).isLessThan(full.linkEvents());
		assertThat(quick.catchUpEvents()).isLessThan(full.catchUpEvents());
		assertThat(quick.latencyTime()).isLessThan(full.latencyTime());
		assertThat(full.results().endsWith(java.nio.file.Path.of("bench", "results"))).isTrue();
	}

}
