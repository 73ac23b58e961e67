package org.ducha.node.federation.grpc;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in order, on a shared pool: each link session lives on one.
 */
final class SerialExecutor implements Executor {

	private static final Logger logger = LoggerFactory.getLogger(SerialExecutor.class);

	private final Executor pool;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean running = new AtomicBoolean();

	SerialExecutor(Executor pool) {
		this.pool = pool;
	}

	/** Another serial executor on the same pool, independent of this one. */
	SerialExecutor sibling() {
		return new SerialExecutor(this.pool);
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		schedule();
	}

	private void schedule() {
		if (this.running.compareAndSet(false, true)) {
			this.pool.execute(this::drain);
		}
	}

	private void drain() {
		try {
			Runnable task;
			while ((task = this.tasks.poll()) != null) {
				try {
					task.run();
				}
				catch (RuntimeException ex) {
					logger.error("A link task failed", ex);
				}
			}
		}
		finally {
			this.running.set(false);
			if (!this.tasks.isEmpty()) {
				schedule();
			}
		}
	}

}
