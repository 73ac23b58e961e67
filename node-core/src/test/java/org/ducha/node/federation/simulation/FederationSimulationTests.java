package org.ducha.node.federation.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded fault simulation (docs/conventions.md §2.3): the real engine and the real
 * database of a province, a city and two counties, over a deterministic transport that
 * the seed drives. Each seed mixes tasks down (skip-level included), reports up and
 * alerts both ways with dropped, duplicated and reordered frames, cut streams, and
 * crashes between steps, inside a batch and between a commit and its Ack; then heals and
 * checks that every delivery was applied exactly once at every node on its path, in its
 * origin's order, and nowhere else.
 *
 * <p>
 * {@code -Dducha.sim.seeds=N -Dducha.sim.seed-start=S} runs a shard,
 * {@code -Dducha.sim.seed=N} replays one seed. A report per seed is written to
 * {@code target/simulation-report.txt}.
 */
class FederationSimulationTests {

	private static final int STEPS_PER_SEED = 500;

	private static final int MIN_EVENTS_PER_SEED = 15;

	private static final int MIN_FAULTS_PER_SEED = 5;

	private static final List<TestNode> started = new ArrayList<>();

	@AfterAll
	static void stop() {
		started.forEach(TestNode::close);
	}

	@Test
	void everyDeliveryIsAppliedOnceInOrderWhereItBelongsDespiteFaults() {
		Simulation simulation = Simulation.start(true);
		List<Long> seeds = seeds();
		List<SimStats> all = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (long seed : seeds) {
			SimStats stats = simulation.run(seed);
			all.add(stats);
			List<String> violations = simulation.check(stats);
			if (!violations.isEmpty()) {
				failures.add(stats + " (replay with -Dducha.sim.seed=" + seed + "): "
						+ violations.subList(0, Math.min(5, violations.size())));
			}
			if (stats.businessEvents < MIN_EVENTS_PER_SEED || stats.totalFaults() < MIN_FAULTS_PER_SEED) {
				failures.add(stats + ": fewer than " + MIN_EVENTS_PER_SEED + " events or " + MIN_FAULTS_PER_SEED
						+ " faults; the seed proves nothing");
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		long withCrashInBatch = all.stream().filter((s) -> s.crashesInBatch() > 0).count();
		long midBatch = all.stream().mapToInt((s) -> s.count(SimStats.Fault.CRASH_MID_BATCH)).sum();
		String summary = seeds.size() + " seeds in " + seconds + " s: "
				+ all.stream().mapToInt((s) -> s.businessEvents).sum() + " business events, "
				+ all.stream().mapToInt(SimStats::totalFaults).sum() + " faults, " + withCrashInBatch
				+ " seeds with a crash inside a batch or before its Ack (" + midBatch + " mid-batch)";
		report(all, summary);
		assertThat(failures).as(summary).isEmpty();
		if (seeds.size() >= 20) {
			assertThat(withCrashInBatch)
				.as("seeds that crashed a receiver inside a batch or before its Ack: " + summary)
				.isGreaterThanOrEqualTo(seeds.size() / 3);
			assertThat(midBatch).as("crashes in the middle of a batch: " + summary)
				.isGreaterThanOrEqualTo(seeds.size() / 10);
		}
	}

	/**
	 * The negative control: with deduplication switched off the same faults must produce
	 * deliveries applied twice, and the checker must say so.
	 */
	@Test
	void theCheckerCatchesDuplicatesWhenDeduplicationIsOff() {
		Simulation simulation = Simulation.start(false);
		int caught = 0;
		for (long seed = 1; seed <= 10; seed++) {
			simulation.run(seed);
			if (simulation.check(new SimStats(seed)).stream().anyMatch((violation) -> violation.contains(" times"))) {
				caught++;
			}
		}
		assertThat(caught).as("seeds in which the checker saw a delivery applied twice").isGreaterThan(0);
	}

	private static List<Long> seeds() {
		String single = System.getProperty("ducha.sim.seed");
		if (single != null && !single.isBlank()) {
			return List.of(Long.parseLong(single));
		}
		long count = Long.getLong("ducha.sim.seeds", 200);
		long start = Long.getLong("ducha.sim.seed-start", 1);
		List<Long> seeds = new ArrayList<>();
		for (long seed = start; seed < start + count; seed++) {
			seeds.add(seed);
		}
		return seeds;
	}

	private static void report(List<SimStats> all, String summary) {
		StringBuilder text = new StringBuilder();
		all.forEach((stats) -> text.append(stats).append('\n'));
		text.append(summary).append('\n');
		System.out.println(summary);
		try {
			Path target = Path.of("target");
			Files.createDirectories(target);
			Files.writeString(target.resolve("simulation-report.txt"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The four nodes of a simulation, started once and reset between seeds. */
	private static final class Simulation {

		private final TestClock clock;

		private final List<SimNode> nodes;

		private SimNetwork network;

		private Simulation(TestClock clock, List<SimNode> nodes) {
			this.clock = clock;
			this.nodes = nodes;
		}

		static Simulation start(boolean deduplication) {
			TestClock clock = TestClock.at("2026-03-02T09:00:00");
			List<SimNode> nodes = new ArrayList<>();
			nodes.add(node(TestNode.node("440000", NodeLevel.PROVINCE).children("441700"), null, clock, deduplication));
			nodes.add(node(TestNode.node("441700", NodeLevel.CITY)
				.parent("440000", "127.0.0.1:1")
				.children("441702", "441704")
				.departments(Map.of("fgj", "阳江市发展和改革局")), "440000", clock, deduplication));
			nodes.add(node(TestNode.node("441702", NodeLevel.COUNTY).parent("441700", "127.0.0.1:1"), "441700", clock,
					deduplication));
			nodes.add(node(TestNode.node("441704", NodeLevel.COUNTY).parent("441700", "127.0.0.1:1"), "441700", clock,
					deduplication));
			return new Simulation(clock, nodes);
		}

		private static SimNode node(TestNode.Builder builder, String parent, TestClock clock, boolean deduplication) {
			SimProbe probe = new SimProbe("?");
			TestNode node = builder.withoutTransport()
				.property("ducha.federation.deduplication", String.valueOf(deduplication))
				.property("logging.level.org.ducha", "WARN")
				.property("logging.level.org.ducha.node.federation.InboundApplier", "ERROR")
				.bean("simClock", clock)
				.bean("simProbe", probe)
				.start();
			started.add(node);
			return new SimNode(node, probe, parent);
		}

		SimStats run(long seed) {
			this.clock.reset();
			for (SimNode node : this.nodes) {
				node.reset();
			}
			SimStats stats = new SimStats(seed);
			this.network = new SimNetwork(this.nodes, stats);
			new SimRun(this.network, this.clock, seed, STEPS_PER_SEED, stats).run();
			return stats;
		}

		List<String> check(SimStats stats) {
			SimChecker checker = new SimChecker(this.network);
			List<String> violations = checker.violations();
			stats.deliveries = checker.deliveries();
			return violations;
		}

	}

}
