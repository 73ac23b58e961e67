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
 * origin's order, and nowhere else. A seed counts only when it delivered enough; negative
 * controls show that the checker catches a duplicate, a loss and a reordering.
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

	private static final int MIN_DELIVERIES_PER_SEED = 10;

	private static final List<TestNode> started = new ArrayList<>();

	/** The simulation with deduplication on, shared by the run and its controls. */
	private static Simulation checked;

	@AfterAll
	static void stop() {
		started.forEach(TestNode::close);
	}

	private static Simulation checked() {
		if (checked == null) {
			checked = Simulation.start(true);
		}
		return checked;
	}

	/**
	 * Why a seed proves nothing, empty when it proves something: too few business events
	 * or faults, or too few deliveries that crossed a link and were applied (a silent
	 * outbox would pass every other check).
	 */
	private static List<String> provesNothing(SimStats stats) {
		List<String> reasons = new ArrayList<>();
		if (stats.businessEvents < MIN_EVENTS_PER_SEED || stats.totalFaults() < MIN_FAULTS_PER_SEED) {
			reasons.add("fewer than " + MIN_EVENTS_PER_SEED + " events or " + MIN_FAULTS_PER_SEED + " faults");
		}
		if (stats.deliveries < MIN_DELIVERIES_PER_SEED || stats.applied < stats.deliveries) {
			reasons.add("fewer than " + MIN_DELIVERIES_PER_SEED + " deliveries sent and applied: the seed delivered "
					+ "too little");
		}
		return reasons;
	}

	@Test
	void everyDeliveryIsAppliedOnceInOrderWhereItBelongsDespiteFaults() {
		Simulation simulation = checked();
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
			List<String> nothing = provesNothing(stats);
			if (!nothing.isEmpty()) {
				failures.add(stats + ": the seed proves nothing: " + nothing);
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		long withCrashInBatch = all.stream().filter((s) -> s.crashesInBatch() > 0).count();
		long midBatch = all.stream().mapToInt((s) -> s.count(SimStats.Fault.CRASH_MID_BATCH)).sum();
		String summary = seeds.size() + " seeds in " + seconds + " s: "
				+ all.stream().mapToInt((s) -> s.businessEvents).sum() + " business events, "
				+ all.stream().mapToInt((s) -> s.deliveries).sum() + " deliveries, "
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

	/**
	 * The negative control of the loss check: the same checker, shown one delivery fewer
	 * than a node really applied, must report it as never applied there.
	 */
	@Test
	void theCheckerCatchesADeliveryLost() {
		Simulation simulation = checked();
		SimStats stats = simulation.run(3);
		assertThat(simulation.check(stats)).as("the run itself").isEmpty();
		SimProbe.Applied lost = simulation.dropOneApplied();
		assertThat(simulation.check(new SimStats(3))).anySatisfy(
				(violation) -> assertThat(violation).contains("never applied " + lost.origin() + "/" + lost.eventId()));
	}

	/**
	 * The negative control of the order check: the same checker, shown two deliveries of
	 * one origin's log applied the other way round, must report the order broken.
	 */
	@Test
	void theCheckerCatchesDeliveriesAppliedOutOfOrder() {
		Simulation simulation = checked();
		SimStats stats = simulation.run(4);
		assertThat(simulation.check(stats)).as("the run itself").isEmpty();
		simulation.swapTwoApplied();
		assertThat(simulation.check(new SimStats(4)))
			.anySatisfy((violation) -> assertThat(violation).contains("origin order broken"));
	}

	/**
	 * The negative control of the minimum of deliveries: a run whose outboxes had written
	 * nothing passes the checker but proves nothing, and is refused as such.
	 */
	@Test
	void aSeedWhoseOutboxesStayedSilentProvesNothing() {
		Simulation simulation = checked();
		SimStats stats = simulation.run(5);
		simulation.check(stats);
		assertThat(provesNothing(stats)).as(stats.toString()).isEmpty();
		simulation.forgetEveryDelivery();
		SimStats silent = new SimStats(5);
		silent.businessEvents = stats.businessEvents;
		stats.faults().forEach((fault, count) -> {
			for (int i = 0; i < count; i++) {
				silent.fault(fault);
			}
		});
		assertThat(simulation.check(silent)).as("the checker alone sees nothing wrong: " + silent).isEmpty();
		assertThat(provesNothing(silent)).as(silent.toString())
			.anySatisfy((reason) -> assertThat(reason).contains("delivered too little"));
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
			stats.applied = checker.applied();
			return violations;
		}

		/** Removes one delivery from what a node's probe saw applied. */
		SimProbe.Applied dropOneApplied() {
			for (SimNode node : this.nodes) {
				List<SimProbe.Applied> applied = node.probe().applied();
				if (!applied.isEmpty()) {
					return applied.remove(applied.size() / 2);
				}
			}
			throw new IllegalStateException("no node applied anything");
		}

		/**
		 * Swaps, in what a node's probe saw, two deliveries of one origin's log on one
		 * channel.
		 */
		void swapTwoApplied() {
			for (SimNode node : this.nodes) {
				List<SimProbe.Applied> applied = node.probe().applied();
				for (int i = 0; i < applied.size(); i++) {
					for (int j = i + 1; j < applied.size(); j++) {
						SimProbe.Applied first = applied.get(i);
						SimProbe.Applied second = applied.get(j);
						if (first.origin().equals(second.origin()) && first.channel() == second.channel()) {
							applied.set(i, second);
							applied.set(j, first);
							return;
						}
					}
				}
			}
			throw new IllegalStateException("no node applied two deliveries of one log");
		}

		/**
		 * Leaves every node as a run whose outboxes wrote nothing would have left it:
		 * nothing sent, nothing applied.
		 */
		void forgetEveryDelivery() {
			for (SimNode node : this.nodes) {
				node.jdbc().sql("DELETE FROM fed_outbound_entry").update();
				node.jdbc().sql("DELETE FROM fed_applied_event").update();
				node.probe().applied().clear();
			}
		}

	}

}
