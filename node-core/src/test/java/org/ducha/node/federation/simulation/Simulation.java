package org.ducha.node.federation.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.SmartLifecycle;

/**
 * The four nodes of a simulation (province 440000, city 441700, counties 441702 and
 * 441704), started once and reset between seeds; a node killed by a crash is started
 * again over its schema.
 */
final class Simulation implements AutoCloseable {

	private final TestClock clock;

	private final List<SimNode> nodes;

	private final Restarts restarts;

	private SimNetwork network;

	/**
	 * Which crashes restart the node for real: in the seeds that are multiples of
	 * {@code every}, the first {@code perSeed} (negative: all); the other crashes keep
	 * the node's context. Decided by the seed alone, so that a seed replays the same way.
	 */
	record Restarts(int perSeed, int every) {

		int kills(long seed) {
			return (this.every > 0 && Math.floorMod(seed, this.every) == 0) ? this.perSeed : 0;
		}

	}

	private Simulation(TestClock clock, List<SimNode> nodes, Restarts restarts) {
		this.clock = clock;
		this.nodes = nodes;
		this.restarts = restarts;
	}

	static Simulation start(boolean deduplication, Restarts restarts) {
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
		return new Simulation(clock, nodes, restarts);
	}

	private static SimNode node(TestNode.Builder builder, String parent, TestClock clock, boolean deduplication) {
		SimProbe probe = new SimProbe("?");
		// the clock and the probe are the simulation's instruments, not the node's state:
		// a restarted node gets the same ones, so that time goes on and what was applied
		// before its crash stays counted. No web server (the simulation calls the
		// services)
		// and beans made when first used, except those that act at start (the links'
		// rows, the calendar, the seeded units): a restart costs a quarter of one with
		// every bean and Tomcat (docs/operations.md, "2. Crashes: the simulation restarts
		// nodes for real")
		builder.withoutTransport()
			.property("spring.main.web-application-type", "none")
			.property("spring.main.lazy-initialization", "true")
			.bean("simEagerAtStart",
					LazyInitializationExcludeFilter.forBeanTypes(InitializingBean.class, ApplicationRunner.class,
							CommandLineRunner.class, SmartLifecycle.class))
			.property("ducha.federation.deduplication", String.valueOf(deduplication))
			.property("logging.level.org.ducha", "WARN")
			.property("logging.level.org.ducha.node.federation.InboundApplier", "ERROR")
			.property("logging.level.org.springframework", "WARN")
			.property("logging.level.com.zaxxer.hikari", "WARN")
			.bean("simClock", clock)
			.bean("simProbe", probe);
		return new SimNode(builder, probe, parent);
	}

	List<SimNode> nodes() {
		return this.nodes;
	}

	SimNetwork network() {
		return this.network;
	}

	SimStats run(long seed) {
		this.clock.reset();
		for (SimNode node : this.nodes) {
			node.reset();
		}
		SimStats stats = new SimStats(seed);
		this.network = new SimNetwork(this.nodes, stats, this.restarts.kills(seed));
		new SimRun(this.network, this.clock, seed, FederationSimulationTests.STEPS_PER_SEED, stats).run();
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
	 * Leaves every node as a run whose outboxes wrote nothing would have left it: nothing
	 * sent, nothing applied.
	 */
	void forgetEveryDelivery() {
		for (SimNode node : this.nodes) {
			node.jdbc().sql("DELETE FROM fed_outbound_entry").update();
			node.jdbc().sql("DELETE FROM fed_applied_event").update();
			node.probe().applied().clear();
		}
	}

	@Override
	public void close() {
		this.nodes.forEach(SimNode::close);
	}

}
