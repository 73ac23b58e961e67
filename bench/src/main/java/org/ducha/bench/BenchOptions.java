package org.ducha.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How big a run is. The full run fits the 15 minutes on two cores;
 * {@code --quick} is a smoke run of every scenario in a few minutes, whose figures are
 * not comparable.
 *
 * @param quick whether this is the smoke run
 * @param rounds rounds of each scenario
 * @param linkEvents events queued and drained per round of scenario 2
 * @param catchUpEvents events queued for the offline county per round of scenario 4
 * @param longRounds rounds of scenario 4 and of scenario 6's load, the longest
 * @param anchorTime how long each anchor measurement inserts
 * @param latencyTime how long each paced run of scenario 3 sends
 * @param footprintLoadTime how long the county of scenario 6 is loaded per round
 * @param fanOutTime how long the counties of scenario 5 report
 * @param fanOutCountiesPerCity counties per city in scenario 5 (0: all of Guangdong's)
 * @param fanOutDrain how long scenario 5 waits for its backlog after the load, at most
 * @param catchUpRounds rounds of scenario 4
 * @param catchUpWait how long scenario 4 waits for its backlog to reach the city, and
 * then to drain, at most each
 * @param growthCopies task copies already in place at the city for the growth round
 * (scenario 7)
 * @param only the one scenario to run ("2" or "5"), or null for all
 * @param jfr whether scenario 2's task drains are recorded with JFR
 * @param results where the Markdown and JSON results go
 * @param data where the run keeps its database and nodes (emptied first)
 */
record BenchOptions(boolean quick, int rounds, int linkEvents, int catchUpEvents, int longRounds, Duration anchorTime,
		Duration latencyTime, Duration footprintLoadTime, Duration fanOutTime, int fanOutCountiesPerCity,
		Duration fanOutDrain, int catchUpRounds, Duration catchUpWait, int growthCopies, String only, boolean jfr,
		Path results, Path data) {

	/** Whether a scenario runs in this run. */
	boolean runs(String scenario) {
		return this.only == null || this.only.equals(scenario);
	}

	static BenchOptions parse(String... args) {
		boolean quick = false;
		Path results = Path.of("bench", "results");
		Path data = Path.of("bench", "target", "bench-data");
		Integer rounds = null;
		String only = null;
		boolean jfr = false;
		Integer growth = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--results" -> results = Path.of(value(args, ++i));
				case "--data" -> data = Path.of(value(args, ++i));
				case "--rounds" -> rounds = Integer.valueOf(value(args, ++i));
				case "--only" -> only = only(value(args, ++i));
				case "--jfr" -> jfr = true;
				case "--growth" -> growth = Integer.valueOf(value(args, ++i));
				default -> throw new IllegalArgumentException("Unknown option " + args[i]
						+ "; use [--quick] [--rounds N] [--only 2|5|7] [--jfr] [--growth COPIES] [--results DIR] "
						+ "[--data DIR]");
			}
		}
		if (quick) {
			return new BenchOptions(true, (rounds != null) ? rounds : 2, 5_000, 5_000, 1, Duration.ofSeconds(1),
					Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15), 2, Duration.ofSeconds(20), 1,
					Duration.ofSeconds(60), (growth != null) ? growth : 20_000, only, jfr, results.toAbsolutePath(),
					data.toAbsolutePath());
		}
		// scenario 4 backs up the 100,000 events once, and waits for them at most
		// 2 minutes (at a slower rate the results project the rest); scenario 2's backlog
		// stays at 12,000 events per round, so its three rounds and their anchors fit
		return new BenchOptions(false, (rounds != null) ? rounds : 3, 12_000, 100_000, 2, Duration.ofSeconds(3),
				Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(120), 0, Duration.ofSeconds(30), 1,
				Duration.ofSeconds(120), (growth != null) ? growth : 1_000_000, only, jfr, results.toAbsolutePath(),
				data.toAbsolutePath());
	}

	/**
	 * Scenario 5 runs alone with its own province; scenario 2 (with its anchors) alone on
	 * the federation, for a short profile; scenario 7 alone on the federation, with no
	 * other scenario's backlog still draining.
	 */
	private static String only(String scenario) {
		if (!scenario.equals("2") && !scenario.equals("5") && !scenario.equals("7")) {
			throw new IllegalArgumentException("--only takes 2 (link throughput and its anchors, e.g. with --jfr), "
					+ "5 (fan-out, with a province of its own) or 7 (cost as tables grow)");
		}
		return scenario;
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException("Option " + args[i - 1] + " needs a value");
		}
		return args[i];
	}

}
