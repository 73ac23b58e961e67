package org.ducha.node.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.ducha.node.NodeIdentity;

/**
 * A clock the test moves; register it on a node with
 * {@code TestNode.Builder.bean("clock", …)}.
 */
public final class TestClock extends Clock {

	private final Instant start;

	private Instant now;

	public TestClock(Instant start) {
		this.start = start;
		this.now = start;
	}

	/** A clock at a local time in Asia/Shanghai. */
	public static TestClock at(String localDateTime) {
		return new TestClock(LocalDateTime.parse(localDateTime).atZone(NodeIdentity.ZONE).toInstant());
	}

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

	public synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/** Moves to a local time in Asia/Shanghai. */
	public synchronized void set(String localDateTime) {
		this.now = LocalDateTime.parse(localDateTime).atZone(NodeIdentity.ZONE).toInstant();
	}

	public synchronized void reset() {
		this.now = this.start;
	}

}
