package org.ducha.node.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * The pace at which a peer acknowledges one channel, and the Ack timeout it allows
 * (docs/protocol.md, "Adaptive Ack timeout"): a slow peer that makes progress is given
 * the time its own pace needs for what is unacknowledged, a silent one still times out.
 */
final class AckPace {

	/** Acknowledgements the pace is measured over. */
	private static final int SAMPLES = 16;

	private final ArrayDeque<Sample> samples = new ArrayDeque<>();

	/** Where the peer stood, acknowledged through {@code through}, at {@code at}. */
	private record Sample(Instant at, long through) {
	}

	/**
	 * Sending starts after the window was empty: the pace is measured from here, not
	 * across the idle time before.
	 */
	void started(long acked, Instant now) {
		this.samples.clear();
		this.samples.add(new Sample(now, acked));
	}

	/** An Ack moved the channel to {@code through}. */
	void acknowledged(long through, Instant now) {
		this.samples.add(new Sample(now, through));
		while (this.samples.size() > SAMPLES) {
			this.samples.poll();
		}
	}

	/**
	 * Entries acknowledged per second, over the last acknowledgements; 0 when unknown.
	 */
	double entriesPerSecond() {
		if (this.samples.size() < 2) {
			return 0;
		}
		Sample first = this.samples.peekFirst();
		Sample last = this.samples.peekLast();
		double seconds = Duration.between(first.at(), last.at()).toNanos() / 1e9;
		long entries = last.through() - first.through();
		return (seconds > 0 && entries > 0) ? entries / seconds : 0;
	}

	/**
	 * The Ack timeout in force: {@code factor} times what the observed pace needs for the
	 * unacknowledged entries, within {@code minimum} and {@code maximum}.
	 */
	Duration timeout(long unacknowledged, Duration minimum, Duration maximum, double factor) {
		double rate = entriesPerSecond();
		if (rate <= 0 || unacknowledged <= 0) {
			return minimum;
		}
		double seconds = factor * unacknowledged / rate;
		if (seconds >= maximum.toSeconds()) {
			return maximum;
		}
		Duration paced = Duration.ofNanos((long) (seconds * 1e9));
		return (paced.compareTo(minimum) < 0) ? minimum : paced;
	}

}
