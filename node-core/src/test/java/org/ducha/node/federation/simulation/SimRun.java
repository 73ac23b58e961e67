package org.ducha.node.federation.simulation;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.ducha.node.federation.LinkStatus;
import org.ducha.node.federation.LinkStatusReader;
import org.ducha.node.federation.simulation.SimNetwork.Flight;
import org.ducha.node.federation.simulation.SimNetwork.SimLink;
import org.ducha.node.federation.simulation.SimStats.Fault;
import org.ducha.node.testing.TestClock;

/**
 * One seed: connect, then a random mix of business actions, deliveries and faults (drop,
 * duplicate, reorder, stream cuts, crashes between steps, inside a batch and between
 * commit and Ack, restarts), then heal and run until everything is delivered. The seed
 * decides every choice.
 */
final class SimRun {

	private static final int MAX_HEAL_STEPS = 40_000;

	private final SimNetwork network;

	private final TestClock clock;

	private final SplittableRandom random;

	private final SimStats stats;

	private final SimWorkload workload;

	private final int steps;

	SimRun(SimNetwork network, TestClock clock, long seed, int steps, SimStats stats) {
		this.network = network;
		this.clock = clock;
		this.random = new SplittableRandom(seed);
		this.stats = stats;
		this.workload = new SimWorkload(network, stats);
		this.steps = steps;
	}

	/** Runs the seed; throws when the federation does not converge. */
	void run() {
		for (SimLink link : this.network.links) {
			this.network.connect(link);
		}
		settle();
		for (int step = 0; step < this.steps; step++) {
			this.stats.steps++;
			this.clock.advance(Duration.ofMillis(this.random.nextInt(1500)));
			step();
		}
		heal();
	}

	/** Lets the first Hellos through so that every node knows its subtree. */
	private void settle() {
		for (int i = 0; i < 200 && (!this.network.flights().isEmpty() || this.network.hasPending()); i++) {
			List<Flight> flights = this.network.flights();
			if (!flights.isEmpty()) {
				Flight flight = flights.get(0);
				this.network.deliver(flight.connection(), flight.towardsParent(), 0, false);
			}
			else {
				this.network.runPending();
			}
		}
	}

	private void step() {
		int choice = this.random.nextInt(1000);
		if (choice < 220) {
			this.workload.act(this.random);
		}
		else if (choice < 660) {
			deliverNext();
		}
		else if (choice < 760) {
			this.network.runPending();
		}
		else if (choice < 800) {
			tick();
		}
		else if (choice < 890) {
			misdeliver();
		}
		else if (choice < 920) {
			reconnect();
		}
		else if (choice < 935) {
			cut();
		}
		else if (choice < 942) {
			crashBetweenSteps();
		}
		else if (choice < 970) {
			armCrash();
		}
		else {
			restart();
		}
	}

	private void deliverNext() {
		List<Flight> flights = this.network.flights();
		if (!flights.isEmpty()) {
			Flight flight = flights.get(this.random.nextInt(flights.size()));
			this.network.deliver(flight.connection(), flight.towardsParent(), 0, false);
		}
	}

	/** Drops, duplicates or reorders a frame in flight. */
	private void misdeliver() {
		List<Flight> flights = this.network.flights();
		if (flights.isEmpty()) {
			return;
		}
		Flight flight = flights.get(this.random.nextInt(flights.size()));
		int index = this.random.nextInt(flight.queue().size());
		switch (this.random.nextInt(3)) {
			case 0 -> {
				this.stats.fault(Fault.DROP);
				this.network.drop(flight.connection(), flight.towardsParent(), index);
			}
			case 1 -> {
				this.stats.fault(Fault.DUPLICATE);
				this.network.deliver(flight.connection(), flight.towardsParent(), index, true);
			}
			default -> {
				if (flight.queue().size() > 1) {
					this.stats.fault(Fault.REORDER);
					this.network.deliver(flight.connection(), flight.towardsParent(), flight.queue().size() - 1, false);
				}
			}
		}
	}

	private void tick() {
		this.clock.advance(Duration.ofSeconds(this.random.nextInt(25)));
		for (SimNode node : this.network.nodes) {
			this.network.tick(node);
		}
	}

	private void reconnect() {
		List<SimLink> down = this.network.links.stream().filter((link) -> !link.isConnected()).toList();
		if (!down.isEmpty()) {
			this.network.connect(down.get(this.random.nextInt(down.size())));
		}
	}

	private void cut() {
		List<SimLink> up = this.network.links.stream().filter(SimLink::isConnected).toList();
		if (!up.isEmpty()) {
			this.stats.fault(Fault.CUT);
			this.network.close(up.get(this.random.nextInt(up.size())).connection);
		}
	}

	private void crashBetweenSteps() {
		SimNode node = this.network.nodes.get(this.random.nextInt(this.network.nodes.size()));
		if (node.isUp()) {
			this.stats.fault(Fault.CRASH);
			this.network.crash(node);
		}
	}

	/**
	 * The node's next batch crashes it: inside the batch, before its commit, or before
	 * its Ack.
	 */
	private void armCrash() {
		SimNode node = this.network.nodes.get(this.random.nextInt(this.network.nodes.size()));
		SimProbe.Arm[] arms = { SimProbe.Arm.MID_BATCH, SimProbe.Arm.BEFORE_COMMIT, SimProbe.Arm.AFTER_COMMIT };
		node.probe().arm(arms[this.random.nextInt(arms.length)]);
	}

	private void restart() {
		List<SimNode> down = this.network.nodes.stream().filter((node) -> !node.isUp()).toList();
		if (!down.isEmpty()) {
			this.network.restart(down.get(this.random.nextInt(down.size())));
		}
	}

	/**
	 * No more faults: every node restarts, every link reconnects, and the run goes on
	 * until no frame is in flight and every log is acknowledged.
	 */
	private void heal() {
		for (SimNode node : this.network.nodes) {
			node.probe().arm(SimProbe.Arm.NONE);
			if (!node.isUp()) {
				this.network.restart(node);
			}
		}
		for (int step = 0; step < MAX_HEAL_STEPS; step++) {
			for (SimLink link : this.network.links) {
				this.network.connect(link);
			}
			List<Flight> flights = this.network.flights();
			if (!flights.isEmpty()) {
				Flight flight = flights.get(this.random.nextInt(flights.size()));
				this.network.deliver(flight.connection(), flight.towardsParent(), 0, false);
			}
			else if (this.network.hasPending()) {
				this.network.runPending();
			}
			else if (allAcknowledged()) {
				return;
			}
			else {
				this.clock.advance(Duration.ofSeconds(21));
				for (SimNode node : this.network.nodes) {
					this.network.tick(node);
				}
			}
		}
		throw new AssertionError("seed " + this.stats.seed + " did not converge; links: " + linkStatus());
	}

	private boolean allAcknowledged() {
		for (SimNode node : this.network.nodes) {
			for (LinkStatus link : node.bean(LinkStatusReader.class).all()) {
				if (link.channels().stream().anyMatch((channel) -> channel.backlog() > 0)) {
					return false;
				}
			}
		}
		return true;
	}

	private String linkStatus() {
		StringBuilder status = new StringBuilder();
		for (SimNode node : this.network.nodes) {
			status.append('\n').append(node).append(": ").append(node.bean(LinkStatusReader.class).all());
		}
		return status.toString();
	}

}
