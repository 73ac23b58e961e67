package org.ducha.bench;

/**
 * The log a simulated city sends up one channel: for each sequence number, the county
 * whose entry it relays, that entry's sequence in the county's own log, and when the
 * county created it. Written by the city's one thread; read by others (the province's
 * probe) up to the size they last saw, which is published after the entry is written.
 */
final class PeerLog {

	private static final int CHUNK_BITS = 13;

	private static final int CHUNK = 1 << CHUNK_BITS;

	private static final int MAX_CHUNKS = 4096;

	private final int[][] counties = new int[MAX_CHUNKS][];

	private final long[][] countySeqs = new long[MAX_CHUNKS][];

	private final long[][] created = new long[MAX_CHUNKS][];

	private volatile long lastSeq;

	/**
	 * Appends an entry.
	 * @param county index of the county whose entry it relays
	 * @param countySeq the entry's sequence number in the county's log
	 * @param createdNanos {@link System#nanoTime()} when the county created it
	 * @return its sequence number in this log, from 1 on
	 */
	long append(int county, long countySeq, long createdNanos) {
		long seq = this.lastSeq + 1;
		int index = (int) (seq - 1);
		int chunk = index >>> CHUNK_BITS;
		if (chunk >= MAX_CHUNKS) {
			throw new IllegalStateException("The simulated log is full at " + (seq - 1) + " entries");
		}
		if (this.counties[chunk] == null) {
			this.counties[chunk] = new int[CHUNK];
			this.countySeqs[chunk] = new long[CHUNK];
			this.created[chunk] = new long[CHUNK];
		}
		int offset = index & (CHUNK - 1);
		this.counties[chunk][offset] = county;
		this.countySeqs[chunk][offset] = countySeq;
		this.created[chunk][offset] = createdNanos;
		this.lastSeq = seq;
		return seq;
	}

	/** Highest sequence number written; 0 when empty. */
	long lastSeq() {
		return this.lastSeq;
	}

	int county(long seq) {
		check(seq);
		return this.counties[chunk(seq)][offset(seq)];
	}

	long countySeq(long seq) {
		check(seq);
		return this.countySeqs[chunk(seq)][offset(seq)];
	}

	long createdNanos(long seq) {
		check(seq);
		return this.created[chunk(seq)][offset(seq)];
	}

	private void check(long seq) {
		if (seq < 1 || seq > this.lastSeq) {
			throw new IllegalArgumentException("No entry " + seq + " in a log of " + this.lastSeq);
		}
	}

	private static int chunk(long seq) {
		return (int) ((seq - 1) >>> CHUNK_BITS);
	}

	private static int offset(long seq) {
		return (int) ((seq - 1) & (CHUNK - 1));
	}

}
