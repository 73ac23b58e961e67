package org.ducha.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ducha.node.federation.ApplyProbe;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

/**
 * What a node committed, as its receiver reports it after each batch's commit: how many
 * deliveries per destination and channel, when the last of them committed, and, for the
 * event ids being timed, when each committed.
 */
final class Arrivals implements ApplyProbe {

	private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> lastCommit = new ConcurrentHashMap<>();

	private final Map<String, Long> timed = new ConcurrentHashMap<>();

	private volatile boolean timing;

	@Override
	public void committed(Link link, Channel channel, List<AppliedDelivery> applied) {
		long now = System.nanoTime();
		Map<String, Long> byKey = new HashMap<>();
		for (AppliedDelivery delivery : applied) {
			byKey.merge(key(delivery.destinationNode(), channel), 1L, Long::sum);
			if (this.timing) {
				this.timed.putIfAbsent(delivery.eventId(), now);
			}
		}
		byKey.forEach((key, n) -> {
			// the time first, so that whoever sees the count sees its time
			this.lastCommit.computeIfAbsent(key, (k) -> new AtomicLong()).set(now);
			this.counts.computeIfAbsent(key, (k) -> new AtomicLong()).addAndGet(n);
		});
	}

	/** Deliveries for a destination on a channel committed here so far. */
	long count(String destination, Channel channel) {
		AtomicLong count = this.counts.get(key(destination, channel));
		return (count != null) ? count.get() : 0;
	}

	/** {@link System#nanoTime()} of the last commit of such deliveries, or 0. */
	long lastCommitNanos(String destination, Channel channel) {
		AtomicLong last = this.lastCommit.get(key(destination, channel));
		return (last != null) ? last.get() : 0;
	}

	/** Starts (or stops) recording the commit time of each delivery by event id. */
	void timing(boolean on) {
		this.timing = on;
	}

	/** {@link System#nanoTime()} when a delivery committed here, or null. */
	Long committedAt(String eventId) {
		return this.timed.get(eventId);
	}

	void forgetTimes() {
		this.timed.clear();
	}

	/**
	 * Waits until {@code target} deliveries for a destination on a channel committed
	 * here.
	 * @return whether they did before the timeout
	 */
	boolean awaitCount(String destination, Channel channel, long target, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (count(destination, channel) < target) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			sleep(20);
		}
		return true;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static String key(String destination, Channel channel) {
		return destination + "/" + channel.name();
	}

}
