package org.ducha.bench;

import java.util.ArrayDeque;

/**
 * Where a simulated peer stands in sending one channel, as the node's own sender keeps it
 * (docs/protocol.md §4): the next entry to send, what the receiver acknowledged, and the
 * last entry of each unacknowledged batch, within a window of batches.
 */
final class SendWindow {

	private final int window;

	private long nextSeq = 1;

	private long acked;

	private long highestSent;

	private final ArrayDeque<Long> inFlight = new ArrayDeque<>();

	/** {@link System#nanoTime()} of the oldest unacknowledged batch's last progress. */
	private long waitingSince;

	private long resent;

	SendWindow(int window) {
		this.window = window;
	}

	/** Continues at {@code fromSeq}: the receiver applied everything before it. */
	void resume(long fromSeq) {
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

	/** Entries sent again after a refusal or a timeout. */
	long resent() {
		return this.resent;
	}

	void sent(long lastSeq, long now) {
		if (this.inFlight.isEmpty()) {
			this.waitingSince = now;
		}
		this.resent += Math.max(0, Math.min(lastSeq, this.highestSent) - this.nextSeq + 1);
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
		this.acked = Math.max(this.acked, through);
		this.nextSeq = Math.max(this.nextSeq, through + 1);
		while (!this.inFlight.isEmpty() && this.inFlight.peek() <= through) {
			this.inFlight.poll();
		}
		this.waitingSince = this.inFlight.isEmpty() ? 0 : now;
		return true;
	}

	/** Forgets what is in flight and sends again from the first unacknowledged entry. */
	void rewind(long expected) {
		this.nextSeq = Math.max(expected, this.acked + 1);
		this.inFlight.clear();
		this.waitingSince = 0;
	}

	/** Whether the oldest unacknowledged batch waited longer than the timeout. */
	boolean timedOut(long now, long timeoutNanos) {
		return this.waitingSince != 0 && now - this.waitingSince > timeoutNanos;
	}

}
