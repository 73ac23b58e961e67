package org.ducha.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ducha.proto.federation.v1.Channel;

/**
 * Scenario 3: tasks issued at the province, paced, each in its own transaction, to the
 * county through the city (two hops, mutual TLS); the latency of each is from its commit
 * at the province to its commit at the county.
 */
final class EndToEndLatency {

	/** How long the events of a round may take to arrive after the last was sent. */
	private static final Duration GRACE = Duration.ofSeconds(60);

	private final BenchFederation federation;

	private final BenchOptions options;

	EndToEndLatency(BenchFederation federation, BenchOptions options) {
		this.federation = federation;
		this.options = options;
	}

	/** Latencies of one paced run, in milliseconds, and what was missing. */
	record Round(List<Double> millis, double achievedRate, long missing) {

		Stats stats() {
			return Stats.of(this.millis);
		}

	}

	void run(Report report) {
		// the county's first traffic: its code paths are not compiled yet
		paced(50, Duration.ofSeconds(5));
		for (int rate : new int[] { 50, 500 }) {
			List<Double> p50 = new ArrayList<>();
			List<Double> p99 = new ArrayList<>();
			List<Double> max = new ArrayList<>();
			List<Double> achieved = new ArrayList<>();
			long missing = 0;
			for (int round = 1; round <= this.options.rounds(); round++) {
				Round result = paced(rate, this.options.latencyTime());
				Stats stats = result.stats();
				p50.add(stats.percentile(50));
				p99.add(stats.percentile(99));
				max.add(stats.max());
				achieved.add(result.achievedRate());
				missing += result.missing();
				System.out.printf("  %d/s round %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms (sent %.0f/s)%n", rate, round,
						stats.percentile(50), stats.percentile(99), stats.max(), result.achievedRate());
			}
			String scenario = "3 end-to-end latency at " + rate + "/s";
			String note = (missing > 0) ? missing + " events had not reached the county " + GRACE.toSeconds()
					+ " s after the round; they count with the latency they had then, so the figures are lower bounds"
					: null;
			report.add(new Measurement(scenario, "p50 province commit → county commit", "ms", p50, null, null));
			report.add(new Measurement(scenario, "p99", "ms", p99, (rate == 50) ? Goal.below(100) : null, note));
			report.add(new Measurement(scenario, "max", "ms", max, null, null));
			report.add(new Measurement(scenario, "rate achieved at the province", "events/s", achieved, null,
					"each event its own durable transaction from 4 sender threads, "
							+ this.options.latencyTime().toSeconds()
							+ " s per round (the issue's 60 s shortened to fit the 15-minute budget), after 5 s "
							+ "of unrecorded warm-up at 50/s"));
		}
	}

	Round paced(double rate, Duration duration) {
		Arrivals atCounty = this.federation.atCounty;
		atCounty.forgetTimes();
		atCounty.timing(true);
		try {
			Pacer.Paced sent = Pacer.run(new Origin(this.federation.province), Channel.CHANNEL_TASK,
					() -> Events.taskIssued(BenchFederation.COUNTY), rate, duration);
			return latencies(atCounty, sent.commits(), sent.achievedRate(), GRACE);
		}
		finally {
			atCounty.timing(false);
		}
	}

	/**
	 * Waits for the events to arrive and computes their latencies. An event that has not
	 * arrived when the wait ends counts with the latency it had then, so that the figures
	 * are lower bounds rather than silently better.
	 */
	static Round latencies(Arrivals at, Map<String, Long> commits, double achievedRate, Duration grace) {
		long deadline = System.nanoTime() + grace.toNanos();
		while (commits.keySet().stream().anyMatch((id) -> at.committedAt(id) == null) && System.nanoTime() < deadline) {
			Arrivals.sleep(50);
		}
		long gaveUp = System.nanoTime();
		List<Double> millis = new ArrayList<>(commits.size());
		long missing = 0;
		for (Map.Entry<String, Long> commit : commits.entrySet()) {
			Long arrived = at.committedAt(commit.getKey());
			if (arrived == null) {
				missing++;
			}
			millis.add((((arrived != null) ? arrived : gaveUp) - commit.getValue()) / 1e6);
		}
		if (millis.isEmpty()) {
			throw new IllegalStateException("No events were sent");
		}
		return new Round(millis, achievedRate, missing);
	}

}
