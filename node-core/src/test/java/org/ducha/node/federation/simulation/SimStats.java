package org.ducha.node.federation.simulation;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one seed did: events born, faults injected, and the crashes that actually happened
 * where they were aimed.
 */
final class SimStats {

	enum Fault {

		DROP, DUPLICATE, REORDER, CUT, CRASH, CRASH_MID_BATCH, CRASH_BEFORE_COMMIT, CRASH_AFTER_COMMIT

	}

	final long seed;

	int steps;

	int businessEvents;

	/** Deliveries born at the nodes (a task to two counties is two). */
	int deliveries;

	/** Deliveries applied, counted at every node that applied one (relays too). */
	int applied;

	/** Crashes that closed the node's context. */
	int kills;

	/** New contexts started over a killed node's schema, and how long they took. */
	int restarts;

	long restartNanos;

	private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);

	SimStats(long seed) {
		this.seed = seed;
	}

	void fault(Fault fault) {
		this.faults.merge(fault, 1, Integer::sum);
	}

	void killed() {
		this.kills++;
	}

	void restarted(long nanos) {
		this.restarts++;
		this.restartNanos += nanos;
	}

	void crashFired(SimProbe.Arm where) {
		switch (where) {
			case MID_BATCH -> fault(Fault.CRASH_MID_BATCH);
			case BEFORE_COMMIT -> fault(Fault.CRASH_BEFORE_COMMIT);
			case AFTER_COMMIT -> fault(Fault.CRASH_AFTER_COMMIT);
			default -> {
			}
		}
	}

	/** The faults injected, by kind. */
	Map<Fault, Integer> faults() {
		return Map.copyOf(this.faults);
	}

	int count(Fault fault) {
		return this.faults.getOrDefault(fault, 0);
	}

	int totalFaults() {
		return this.faults.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Crashes inside the receiver's batch transaction or between its commit and its Ack.
	 */
	int crashesInBatch() {
		return count(Fault.CRASH_MID_BATCH) + count(Fault.CRASH_BEFORE_COMMIT) + count(Fault.CRASH_AFTER_COMMIT);
	}

	@Override
	public String toString() {
		return "seed=" + this.seed + " steps=" + this.steps + " events=" + this.businessEvents + " deliveries="
				+ this.deliveries + " applied=" + this.applied + " faults=" + totalFaults() + " {"
				+ this.faults.entrySet()
					.stream()
					.map((e) -> e.getKey().name().toLowerCase() + "=" + e.getValue())
					.collect(Collectors.joining(", "))
				+ "} kills=" + this.kills + " restarts=" + this.restarts + " (" + this.restartNanos / 1_000_000L
				+ " ms)";
	}

}
