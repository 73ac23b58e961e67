package org.ducha.bench;

/**
 * How long a simulated peer waits before dialling again: 200 ms, growing by 1.6 up to 2
 * s, as the benchmark configures its nodes; reset by an accepted Hello.
 */
final class RedialBackoff {

	private static final long FIRST = 200;

	private static final long MAX = 2_000;

	private long next = FIRST;

	/** The next wait, in milliseconds. */
	long next() {
		long wait = this.next;
		this.next = Math.min(MAX, (long) (this.next * 1.6));
		return wait;
	}

	void reset() {
		this.next = FIRST;
	}

}
