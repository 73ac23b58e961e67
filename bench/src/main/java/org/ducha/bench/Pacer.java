package org.ducha.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.ducha.node.federation.Delivery;
import org.ducha.proto.federation.v1.Channel;

/**
 * Sends events at a fixed rate, each in its own transaction, as users' requests do: a
 * clock thread hands each send at its scheduled time to a few sender threads, so that a
 * slow commit does not hold the next one back.
 */
final class Pacer {

	private static final int SENDERS = 4;

	private Pacer() {
	}

	/**
	 * What was sent.
	 *
	 * @param commits {@link System#nanoTime()} of each delivery's commit, by event id
	 * @param achievedRate deliveries committed per second over the run
	 * @param failures sends that failed
	 */
	record Paced(Map<String, Long> commits, double achievedRate, long failures) {
	}

	/**
	 * One tick of a paced loop: its index from 0 and the {@link System#nanoTime()} it was
	 * due.
	 */
	@FunctionalInterface
	interface Tick {

		void at(long index, long due);

	}

	/**
	 * Calls the tick {@code perSecond} times a second for the duration from
	 * {@code started} (a {@link System#nanoTime()}), each on its due time or as soon
	 * after as the previous tick allows; no tick is due at or after the end.
	 * @return how many ticks ran
	 */
	static long ticks(long started, double perSecond, Duration duration, Tick tick) {
		long period = period(perSecond);
		long end = started + duration.toNanos();
		long index = 0;
		for (long due = started; due < end; due = started + ++index * period) {
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			tick.at(index, due);
		}
		return index;
	}

	/** Nanoseconds between ticks at this rate. */
	static long period(double perSecond) {
		return (long) (1e9 / perSecond);
	}

	static Paced run(Origin origin, Channel channel, Supplier<Delivery> deliveries, double perSecond,
			Duration duration) {
		Map<String, Long> commits = new ConcurrentHashMap<>();
		AtomicLong failures = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS, (r) -> {
			Thread thread = new Thread(r, "bench-sender");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		try {
			ticks(started, perSecond, duration, (tick, at) -> senders.execute(() -> {
				Delivery delivery = deliveries.get();
				try {
					commits.put(delivery.eventId(), origin.send(channel, delivery));
				}
				catch (RuntimeException ex) {
					failures.incrementAndGet();
				}
			}));
		}
		finally {
			senders.shutdown();
			try {
				senders.awaitTermination(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Paced(Map.copyOf(commits), commits.size() / seconds, failures.get());
	}

}
