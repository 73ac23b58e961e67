package org.ducha.node.federation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.SnapshotChunk;

/**
 * The receiving lane of one channel of a session (docs/protocol.md, "Lanes and merged
 * batches"): its batches and snapshot chunks wait here in order and are applied by the
 * lane's own worker, so that a channel never waits behind another's. Consecutive batches
 * waiting together are handed over as one run, up to {@code merge-entries} entries, to be
 * applied in one transaction. A closed lane discards what waits and applies nothing more;
 * {@link #retire()} also waits for the run being applied, so that a later session of the
 * link never starts while an earlier one still applies.
 */
final class ChannelLane {

	private static final Logger logger = LoggerFactory.getLogger(ChannelLane.class);

	private final Executor worker;

	private final int capacity;

	private final int mergeEntries;

	private final Consumer<List<Batch>> batches;

	private final Consumer<SnapshotChunk> chunks;

	private final ArrayDeque<Object> waiting = new ArrayDeque<>();

	/** Held while a run is applied; {@link #retire()} waits for it. */
	private final ReentrantLock applying = new ReentrantLock();

	private boolean scheduled;

	private volatile boolean closed;

	/**
	 * @param worker runs the lane's work, one task at a time
	 * @param capacity frames that may wait before the session's thread waits for room
	 * (back-pressure to the stream)
	 * @param mergeEntries most entries in one run of batches
	 * @param batches applies a run of consecutive batches, oldest first
	 * @param chunks applies a snapshot chunk
	 */
	ChannelLane(Executor worker, int capacity, int mergeEntries, Consumer<List<Batch>> batches,
			Consumer<SnapshotChunk> chunks) {
		this.worker = worker;
		this.capacity = capacity;
		this.mergeEntries = mergeEntries;
		this.batches = batches;
		this.chunks = chunks;
	}

	/** Queues a batch or a snapshot chunk; waits while the lane is full. */
	void offer(Object frame) {
		synchronized (this.waiting) {
			while (this.waiting.size() >= this.capacity && !this.closed) {
				try {
					this.waiting.wait(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			if (this.closed) {
				return;
			}
			this.waiting.add(frame);
			if (this.scheduled) {
				return;
			}
			this.scheduled = true;
		}
		this.worker.execute(this::drain);
	}

	private void drain() {
		while (true) {
			List<Object> run;
			synchronized (this.waiting) {
				run = nextRun();
				if (run.isEmpty()) {
					this.scheduled = false;
					return;
				}
				this.waiting.notifyAll();
			}
			this.applying.lock();
			try {
				if (!this.closed) {
					apply(run);
				}
			}
			catch (RuntimeException ex) {
				logger.error("A receiving lane failed to apply what it received", ex);
			}
			finally {
				this.applying.unlock();
			}
		}
	}

	/** The next chunk alone, or the next batches of one epoch up to the merge cap. */
	private List<Object> nextRun() {
		List<Object> run = new ArrayList<>();
		Object first = this.waiting.poll();
		if (first == null) {
			return run;
		}
		run.add(first);
		if (first instanceof Batch batch) {
			int entries = batch.getEntriesCount();
			while (this.waiting.peek() instanceof Batch next && next.getEpoch().equals(batch.getEpoch())
					&& entries + next.getEntriesCount() <= this.mergeEntries) {
				entries += next.getEntriesCount();
				run.add(this.waiting.poll());
			}
		}
		return run;
	}

	@SuppressWarnings("unchecked")
	private void apply(List<Object> run) {
		if (run.get(0) instanceof SnapshotChunk chunk) {
			this.chunks.accept(chunk);
		}
		else {
			this.batches.accept((List<Batch>) (List<?>) run);
		}
	}

	/** Discards what waits; what is being applied finishes. */
	void close() {
		synchronized (this.waiting) {
			this.closed = true;
			this.waiting.clear();
			this.waiting.notifyAll();
		}
	}

	/** Closes the lane and waits until the run being applied, if any, is over. */
	void retire() {
		close();
		this.applying.lock();
		this.applying.unlock();
	}

}
