package org.ducha.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ducha.node.federation.Delivery;
import org.ducha.proto.federation.v1.Channel;

/**
 * Scenario 4: the county is offline while a backlog of task events for it reaches the
 * city and prompts keep coming; then it reconnects. Measured: the time from its reconnect
 * to the commit of the last backlog event at the county, and the latency of the prompts
 * raised during that drain (province commit → county commit).
 */
final class CatchUp {

	/** Prompts per second raised by the province throughout. */
	private static final double PROMPTS_PER_SECOND = 4;

	/** The goals: the drain time and the prompts' p99 during the drain. */
	static final double DRAIN_GOAL_SECONDS = 30;

	static final double PROMPT_P99_GOAL_MILLIS = 1_000;

	private final BenchFederation federation;

	private final BenchOptions options;

	CatchUp(BenchFederation federation, BenchOptions options) {
		this.federation = federation;
		this.options = options;
	}

	void run(Report report) {
		List<Double> drain = new ArrayList<>();
		List<Double> drainRate = new ArrayList<>();
		List<Double> alertP50 = new ArrayList<>();
		List<Double> alertP99 = new ArrayList<>();
		List<Double> alertMax = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		boolean projected = false;
		int events = this.options.catchUpEvents();
		Duration wait = this.options.catchUpWait();
		List<BenchNode> nodes = List.of(this.federation.province, this.federation.city, this.federation.county);
		Optional<Map<String, Double>> resentBefore = NodeResends.byCause(nodes);
		Origin origin = new Origin(this.federation.province);
		BenchNode county = this.federation.county;
		Arrivals atCity = this.federation.atCity;
		Arrivals atCounty = this.federation.atCounty;
		for (int round = 1; round <= this.options.catchUpRounds(); round++) {
			BenchFederation.disconnectFromParent(county, BenchFederation.CITY);
			Arrivals.sleep(500);
			atCounty.forgetTimes();
			atCounty.timing(true);
			Map<String, Long> prompts = new ConcurrentHashMap<>();
			AtomicBoolean raising = new AtomicBoolean(true);
			Thread prompter = new Thread(() -> raisePrompts(origin, prompts, raising), "bench-prompts");
			prompter.start();
			try {
				long cityBefore = atCity.count(BenchFederation.COUNTY, Channel.CHANNEL_TASK);
				long countyBefore = atCounty.count(BenchFederation.COUNTY, Channel.CHANNEL_TASK);
				long queueStarted = System.nanoTime();
				origin.queue(Channel.CHANNEL_TASK, events, 1_000, () -> Events.taskIssued(BenchFederation.COUNTY));
				if (!atCity.awaitCount(BenchFederation.COUNTY, Channel.CHANNEL_TASK, cityBefore + events, wait)) {
					notes.add("round " + round + ": "
							+ (atCity.count(BenchFederation.COUNTY, Channel.CHANNEL_TASK) - cityBefore)
							+ " events of the backlog had reached the city after the wait's cap of " + wait.toSeconds()
							+ " s; the drain started anyway");
				}
				double queueSeconds = (System.nanoTime() - queueStarted) / 1e9;
				long reconnected = System.nanoTime();
				BenchFederation.reconnectToParent(county, BenchFederation.CITY);
				boolean drained = atCounty.awaitCount(BenchFederation.COUNTY, Channel.CHANNEL_TASK,
						countyBefore + events, wait);
				long end = drained ? atCounty.lastCommitNanos(BenchFederation.COUNTY, Channel.CHANNEL_TASK)
						: System.nanoTime();
				long applied = atCounty.count(BenchFederation.COUNTY, Channel.CHANNEL_TASK) - countyBefore;
				raising.set(false);
				prompter.join();
				double seconds = (end - reconnected) / 1e9;
				double rate = applied / seconds;
				if (drained) {
					drain.add(seconds);
				}
				else {
					// the wait is capped to keep the run within its budget: the rest is
					// projected
					projected = true;
					drain.add(events / rate);
					notes.add(String.format(Locale.ROOT,
							"round %d: %d of %d applied when the wait's cap of %d s ended, at %.0f events/s; the time "
									+ "shown is projected at that rate (%d events / %.0f events/s), not measured",
							round, applied, events, wait.toSeconds(), rate, events, rate));
				}
				drainRate.add(rate);
				Map<String, Long> duringDrain = new java.util.HashMap<>();
				prompts.forEach((id, at) -> {
					if (at >= reconnected && at <= end) {
						duringDrain.put(id, at);
					}
				});
				if (duringDrain.isEmpty()) {
					notes.add("round " + round + ": no prompt was raised during the drain");
				}
				else {
					EndToEndLatency.Round latency = EndToEndLatency.latencies(atCounty, duringDrain, 0,
							Duration.ofSeconds(30));
					Stats stats = latency.stats();
					if (latency.missing() > 0) {
						notes.add("round " + round + ": " + latency.missing()
								+ " prompts had not arrived 30 s later (counted as lower bounds)");
					}
					alertP50.add(stats.percentile(50));
					alertP99.add(stats.percentile(99));
					alertMax.add(stats.max());
				}
				System.out.printf(
						"  round %d: backlog at the city in %.1f s, drained in %.1f s (%.0f events/s), "
								+ "%d prompts during the drain%n",
						round, queueSeconds, seconds, applied / seconds, duringDrain.size());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			finally {
				raising.set(false);
				atCounty.timing(false);
			}
		}
		String scenario = "4 catch-up";
		String note = "offline = the county's link to the city closed (paused at the county), the county "
				+ "process kept running; " + events + " task events queued for it and relayed to the city first"
				+ (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
		report.add(new Measurement(scenario,
				"drain time after reconnect, " + events + " events" + (projected ? " (projected)" : ""), "s", drain,
				Goal.below(DRAIN_GOAL_SECONDS),
				note + "; the issue's goal (< 30 s for 100,000) holds if scenario 2's ratio goal is met, "
						+ "else the measured time is the figure"));
		report.add(new Measurement(scenario, "drain rate city → county", "events/s", drainRate,
				Goal.atLeast(100_000 / DRAIN_GOAL_SECONDS), "the issue's goal, 100,000 events in < 30 s, as a rate"));
		if (!alertP99.isEmpty()) {
			String prompts = PROMPTS_PER_SECOND + " prompts/s raised at the province during the drain";
			report
				.add(new Measurement(scenario, "prompt latency during the drain, p50", "ms", alertP50, null, prompts));
			report.add(new Measurement(scenario, "prompt latency during the drain, p99", "ms", alertP99,
					Goal.below(PROMPT_P99_GOAL_MILLIS), null));
			report.add(new Measurement(scenario, "prompt latency during the drain, max", "ms", alertMax, null, null));
		}
		NodeResends.addTo(report, scenario, "the province's, the city's and the county's senders",
				NodeResends.since(resentBefore, NodeResends.byCause(nodes)));
	}

	private static void raisePrompts(Origin origin, Map<String, Long> prompts, AtomicBoolean raising) {
		long period = (long) (1000 / PROMPTS_PER_SECOND);
		while (raising.get()) {
			Delivery prompt = Events.prompt(BenchFederation.COUNTY);
			prompts.put(prompt.eventId(), origin.send(Channel.CHANNEL_ALERT, prompt));
			Arrivals.sleep(period);
		}
	}

}
