package org.ducha.node.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The assignments of the current transaction whose light is to be computed again — with
 * the signing limit planned for the new ones — once each, just before the transaction
 * commits (docs/architecture.md, "Set-based handlers"): a batch of a hundred copies, or a
 * report that changes an assignment three times, computes each light once. Ordered first
 * among what runs before the commit, so that everything after it reads the lights in
 * force; a reader within the transaction asks {@link TrafficLights#flush()} first.
 */
final class LightsBeforeCommit implements TransactionSynchronization {

	private final TrafficLights lights;

	/** Each assignment with its planned signing limit, or null to keep the one held. */
	private final Map<String, LocalDate> pending = new LinkedHashMap<>();

	/**
	 * Computed for the commit: a change made later (by another synchronization) is
	 * computed at once.
	 */
	private boolean committing;

	private LightsBeforeCommit(TrafficLights lights) {
		this.lights = lights;
	}

	/**
	 * The pending set of the current transaction, registered with it on first use; empty
	 * outside a transaction (the caller then computes at once).
	 */
	static Optional<LightsBeforeCommit> of(TrafficLights lights) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return Optional.empty();
		}
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof LightsBeforeCommit found && found.lights == lights) {
				return found.committing ? Optional.empty() : Optional.of(found);
			}
		}
		LightsBeforeCommit created = new LightsBeforeCommit(lights);
		TransactionSynchronizationManager.registerSynchronization(created);
		return Optional.of(created);
	}

	/** The pending set of the current transaction, if one was registered. */
	static Optional<LightsBeforeCommit> registered(TrafficLights lights) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		return TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter((registered) -> registered instanceof LightsBeforeCommit found && found.lights == lights)
			.map(LightsBeforeCommit.class::cast)
			.findFirst();
	}

	void light(String assignmentId) {
		this.pending.putIfAbsent(assignmentId, null);
	}

	void signBy(String assignmentId, LocalDate limit) {
		this.pending.put(assignmentId, limit);
	}

	/** Computes what is pending and forgets it. */
	void computeNow() {
		if (this.pending.isEmpty()) {
			return;
		}
		Map<String, LocalDate> taken = new LinkedHashMap<>(this.pending);
		this.pending.clear();
		this.lights.compute(taken);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		computeNow();
		this.committing = true;
	}

}
