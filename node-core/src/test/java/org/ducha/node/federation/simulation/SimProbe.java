package org.ducha.node.federation.simulation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.federation.ApplyProbe;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

/**
 * One node's window for the simulation: it records every delivery applied there (after
 * commit, in order) and crashes the node inside a batch or between commit and
 * acknowledgement when armed.
 */
final class SimProbe implements ApplyProbe {

	/** Where the next crash happens. */
	enum Arm {

		NONE, MID_BATCH, BEFORE_COMMIT, AFTER_COMMIT

	}

	/** A delivery applied at this node. */
	record Applied(String origin, String eventId, String destination, Channel channel) {
	}

	private final String node;

	private final List<Applied> applied = new ArrayList<>();

	private Arm arm = Arm.NONE;

	private Arm fired = Arm.NONE;

	SimProbe(String node) {
		this.node = node;
	}

	void arm(Arm arm) {
		this.arm = arm;
	}

	/** The crash that fired since the last call, if any. */
	Arm takeFired() {
		Arm result = this.fired;
		this.fired = Arm.NONE;
		return result;
	}

	List<Applied> applied() {
		return this.applied;
	}

	void reset() {
		this.applied.clear();
		this.arm = Arm.NONE;
		this.fired = Arm.NONE;
	}

	@Override
	public void beforeEntry(Link link, Channel channel, long seq, int index) {
		if (this.arm == Arm.MID_BATCH && index >= 1) {
			fire(Arm.MID_BATCH, "inside a batch from " + link.peer() + " at entry " + seq);
		}
	}

	@Override
	public void beforeCommit(Link link, Channel channel) {
		if (this.arm == Arm.BEFORE_COMMIT) {
			fire(Arm.BEFORE_COMMIT, "before committing a batch from " + link.peer());
		}
	}

	@Override
	public void committed(Link link, Channel channel, List<AppliedDelivery> deliveries) {
		for (AppliedDelivery delivery : deliveries) {
			this.applied
				.add(new Applied(delivery.originNode(), delivery.eventId(), delivery.destinationNode(), channel));
		}
		if (this.arm == Arm.AFTER_COMMIT) {
			fire(Arm.AFTER_COMMIT, "after committing a batch from " + link.peer() + ", before acknowledging it");
		}
	}

	private void fire(Arm where, String detail) {
		this.arm = Arm.NONE;
		this.fired = where;
		throw new SimulatedCrash(this.node + " crashed " + detail);
	}

}
