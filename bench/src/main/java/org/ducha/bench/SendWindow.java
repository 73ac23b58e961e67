package org.ducha.bench;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a simulated peer stands in sending one channel, as the node's own sender keeps it
 * (docs/protocol.md §4): the next entry to send, what the receiver acknowledged, and the
 * last entry of each unacknowledged batch, within a window of batches. Entries sent again
 * are counted by what caused it, as the node counts them in
 * {@code ducha.federation.resent}.
 * <p>
 * The Ack timeout adapts to the acknowledgement rate the sender observes (as the node's
 * sender does, docs/protocol.md, "Adaptive Ack timeout"): the clock restarts at every Ack
 * that makes progress, and a batch may wait {@value #PATIENCE} times as long as its
 * entries take at the observed time per entry, never less than the configured timeout and
 * never more than {@value #CAP} times it. A slow receiver that keeps acknowledging
 * therefore causes no resend; a silent one still times out, since a rate is observed only
 * from Acks.
 */
final class SendWindow {

	/** How many times the expected wait a batch may take before it is sent again. */
	static final int PATIENCE = 4;

	/** The adapted timeout's ceiling, in configured timeouts. */
	static final int CAP = 30;

	/** Weight of the newest sample in the time per entry (an exponential average). */
	private static final double WEIGHT = 0.25;

	/** Why entries went out again, as the node's counter tags them. */
	enum Cause {

		/** The oldest batch waited past the Ack timeout. */
		ACK_TIMEOUT("ack_timeout"),
		/** The receiver refused a batch (gap, failed apply, not accepting). */
		NACK("nack"),
		/** A new session resumed from the receiver's cursor. */
		RECONNECT("reconnect");

		private final String tag;

		Cause(String tag) {
			this.tag = tag;
		}

		String tag() {
			return this.tag;
		}

	}

	private final int window;

	private long nextSeq = 1;

	private long acked;

	private long highestSent;

	private final ArrayDeque<Long> inFlight = new ArrayDeque<>();

	/** {@link System#nanoTime()} of the oldest unacknowledged batch's last progress. */
	private long waitingSince;

	/** Observed nanoseconds per acknowledged entry; 0 before the first progress. */
	private double nanosPerEntry;

	/** What the entries sent again from now on are counted as. */
	private Cause cause = Cause.RECONNECT;

	private final Map<Cause, Long> resent = new EnumMap<>(Cause.class);

	SendWindow(int window) {
		this.window = window;
	}

	/**
	 * Continues at {@code fromSeq}: the receiver applied everything before it. What was
	 * sent before and goes out again counts as resent for a reconnect.
	 */
	void resume(long fromSeq) {
		this.cause = Cause.RECONNECT;
		this.nextSeq = fromSeq;
		this.acked = Math.max(this.acked, fromSeq - 1);
		this.highestSent = Math.max(this.highestSent, fromSeq - 1);
		this.inFlight.clear();
		this.waitingSince = 0;
	}

	/** Whether another batch may go out and there is something to put in it. */
	boolean canSend(long lastSeq) {
		return this.inFlight.size() < this.window && this.nextSeq <= lastSeq;
	}

	long nextSeq() {
		return this.nextSeq;
	}

	long acked() {
		return this.acked;
	}

	int batchesInFlight() {
		return this.inFlight.size();
	}

	/** Entries sent again, whatever the cause. */
	long resent() {
		return this.resent.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Entries sent again for one cause. */
	long resent(Cause cause) {
		return this.resent.getOrDefault(cause, 0L);
	}

	void sent(long lastSeq, long now) {
		if (this.inFlight.isEmpty()) {
			this.waitingSince = now;
		}
		long again = Math.max(0, Math.min(lastSeq, this.highestSent) - this.nextSeq + 1);
		if (again > 0) {
			this.resent.merge(this.cause, again, Long::sum);
		}
		this.inFlight.add(lastSeq);
		this.nextSeq = lastSeq + 1;
		this.highestSent = Math.max(this.highestSent, lastSeq);
	}

	/**
	 * A cumulative acknowledgement.
	 * @return false when it acknowledges what was never sent
	 */
	boolean acknowledged(long through, long now) {
		if (through > this.highestSent) {
			return false;
		}
		if (through <= this.acked) {
			// no progress: the clock of the oldest batch keeps running
			return true;
		}
		if (this.waitingSince != 0) {
			double sample = (double) (now - this.waitingSince) / (through - this.acked);
			this.nanosPerEntry = (this.nanosPerEntry == 0) ? sample
					: (1 - WEIGHT) * this.nanosPerEntry + WEIGHT * sample;
		}
		this.acked = through;
		this.nextSeq = Math.max(this.nextSeq, through + 1);
		while (!this.inFlight.isEmpty() && this.inFlight.peek() <= through) {
			this.inFlight.poll();
		}
		this.waitingSince = this.inFlight.isEmpty() ? 0 : now;
		return true;
	}

	/**
	 * Forgets what is in flight and sends again from the first unacknowledged entry.
	 * @param cause why: a Nack or the Ack timeout
	 */
	void rewind(long expected, Cause cause) {
		this.cause = cause;
		this.nextSeq = Math.max(expected, this.acked + 1);
		this.inFlight.clear();
		this.waitingSince = 0;
	}

	/**
	 * The Ack timeout in force for the oldest unacknowledged batch: the configured one
	 * until a rate is observed, then {@value #PATIENCE} times the batch's expected wait,
	 * within [configured, {@value #CAP} × configured].
	 */
	long timeoutNanos(long configuredNanos) {
		if (this.inFlight.isEmpty() || this.nanosPerEntry == 0) {
			return configuredNanos;
		}
		double expected = this.nanosPerEntry * (this.inFlight.peek() - this.acked);
		return (long) Math.min(Math.max(PATIENCE * expected, configuredNanos), (double) CAP * configuredNanos);
	}

	/**
	 * Whether the oldest unacknowledged batch waited longer than the timeout in force.
	 */
	boolean timedOut(long now, long configuredNanos) {
		return this.waitingSince != 0 && now - this.waitingSince > timeoutNanos(configuredNanos);
	}

}
