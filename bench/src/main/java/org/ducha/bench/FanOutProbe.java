package org.ducha.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ducha.node.federation.ApplyProbe;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

/**
 * What scenario 5's province committed, as its receiver reports each batch after the
 * commit: the counties' signings, and for each progress report created during the
 * measured load the time from its creation at the county to its commit at the province. A
 * city's entries are found by their position in its log.
 */
final class FanOutProbe implements ApplyProbe {

	private volatile Map<String, SimulatedCity> cities = Map.of();

	private volatile long loadStart = Long.MAX_VALUE;

	private volatile long loadEnd = Long.MAX_VALUE;

	private final AtomicLong signings = new AtomicLong();

	private final AtomicLong reports = new AtomicLong();

	private final AtomicLong reportsDuringLoad = new AtomicLong();

	private final Map<String, Long> appliedThrough = new ConcurrentHashMap<>();

	private volatile long lastCommit = System.nanoTime();

	private long[] latencies = new long[1 << 16];

	private int latencyCount;

	void watch(Map<String, SimulatedCity> cities) {
		this.cities = Map.copyOf(cities);
	}

	/** Reports created from now on are measured. */
	void loadStarts(long nanos) {
		this.loadStart = nanos;
	}

	/** Reports committed after this are not counted as applied during the load. */
	void loadEnds(long nanos) {
		this.loadEnd = nanos;
	}

	@Override
	public void committed(Link link, Channel channel, List<AppliedDelivery> applied) {
		this.lastCommit = System.nanoTime();
		SimulatedCity city = this.cities.get(link.peer());
		if (channel != Channel.CHANNEL_REPORT || city == null) {
			return;
		}
		long now = System.nanoTime();
		PeerLog log = city.reports();
		long highest = 0;
		for (AppliedDelivery delivery : applied) {
			long seq = delivery.seq();
			highest = Math.max(highest, seq);
			if (!SimulatedCounty.isReport(log.countySeq(seq))) {
				this.signings.incrementAndGet();
				continue;
			}
			long created = log.createdNanos(seq);
			if (created < this.loadStart) {
				continue;
			}
			this.reports.incrementAndGet();
			if (now <= this.loadEnd) {
				this.reportsDuringLoad.incrementAndGet();
			}
			record(now - created);
		}
		this.appliedThrough.merge(link.peer(), highest, Math::max);
	}

	private synchronized void record(long nanos) {
		if (this.latencyCount == this.latencies.length) {
			this.latencies = Arrays.copyOf(this.latencies, this.latencies.length * 2);
		}
		this.latencies[this.latencyCount++] = nanos;
	}

	long signings() {
		return this.signings.get();
	}

	/** Measured reports committed at the province so far. */
	long reports() {
		return this.reports.get();
	}

	/** Measured reports committed at the province before the load ended. */
	long reportsDuringLoad() {
		return this.reportsDuringLoad.get();
	}

	/**
	 * Waits until the province committed nothing for {@code quiet}, at most
	 * {@code timeout}: the batches it was applying when the cities closed are done.
	 * @return whether it went quiet in time
	 */
	boolean awaitQuiet(Duration quiet, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() - this.lastCommit < quiet.toNanos()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Arrivals.sleep(100);
		}
		return true;
	}

	/** Highest entry of a city's log the province committed. */
	long appliedThrough(String city) {
		return this.appliedThrough.getOrDefault(city, 0L);
	}

	/**
	 * Latencies in milliseconds of every measured report: committed ones as measured, the
	 * others with the age they had at {@code gaveUp} (so the figures are lower bounds
	 * rather than silently better).
	 * @return the latencies and how many of them are lower bounds
	 */
	synchronized Latencies latencies(long gaveUp) {
		double[] millis = new double[this.latencyCount];
		for (int i = 0; i < this.latencyCount; i++) {
			millis[i] = this.latencies[i] / 1e6;
		}
		int committed = millis.length;
		double[] all = millis;
		int pending = 0;
		for (SimulatedCity city : this.cities.values()) {
			PeerLog log = city.reports();
			for (long seq = appliedThrough(city.code()) + 1; seq <= log.lastSeq(); seq++) {
				long created = log.createdNanos(seq);
				if (created >= this.loadStart && SimulatedCounty.isReport(log.countySeq(seq))) {
					if (committed + pending == all.length) {
						all = Arrays.copyOf(all, Math.max(16, all.length * 2));
					}
					all[committed + pending++] = (gaveUp - created) / 1e6;
				}
			}
		}
		return new Latencies(Arrays.copyOf(all, committed + pending), pending);
	}

	/**
	 * @param millis every measured report's latency
	 * @param lowerBounds how many of them had not committed
	 */
	record Latencies(double[] millis, long lowerBounds) {
	}

}
