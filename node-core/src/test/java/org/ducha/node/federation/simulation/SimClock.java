package org.ducha.node.federation.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.ducha.node.NodeIdentity;

/**
 * The simulation's time, shared by every node and moved only by the simulation.
 */
final class SimClock extends Clock {

	private Instant now = Instant.parse("2026-03-02T01:00:00Z");

	@Override
	public ZoneId getZone() {
		return NodeIdentity.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public synchronized Instant instant() {
		return this.now;
	}

	synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	synchronized void reset() {
		this.now = Instant.parse("2026-03-02T01:00:00Z");
	}

}
