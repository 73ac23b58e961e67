package org.ducha.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads that generate a process test's traffic: each repeats its step, with a
 * pause, until stopped; a step's failure is written down and the thread goes on (a
 * request may fail while a node is down — the test's checks decide what that means).
 */
public final class TrafficWorkers {

	/** One round of a worker's requests. */
	public interface Step {

		/**
		 * @param iteration the round's number, from 0
		 */
		void run(int iteration);

	}

	private final long pauseMillis;

	private final List<String> failures;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	/**
	 * @param pauseMillis the pause between two rounds of a worker
	 * @param failures where failed rounds are written down, as "name #round: exception"
	 * (a synchronized list)
	 */
	public TrafficWorkers(long pauseMillis, List<String> failures) {
		this.pauseMillis = pauseMillis;
		this.failures = failures;
	}

	/** Adds a worker, started by the next {@link #start()}. */
	public void add(String name, Step step) {
		Thread thread = new Thread(() -> {
			int iteration = 0;
			while (this.running) {
				try {
					step.run(iteration++);
				}
				catch (RuntimeException ex) {
					this.failures.add(name + " #" + iteration + ": " + ex);
				}
				NodeProcess.sleep(this.pauseMillis);
			}
		}, name);
		thread.setDaemon(true);
		this.threads.add(thread);
	}

	/** Starts the workers added since the last stop. */
	public void start() {
		this.running = true;
		this.threads.forEach(Thread::start);
	}

	/** Stops generating, waits for the requests in flight and forgets the workers. */
	public void stop() {
		this.running = false;
		for (Thread thread : this.threads) {
			try {
				thread.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

}
