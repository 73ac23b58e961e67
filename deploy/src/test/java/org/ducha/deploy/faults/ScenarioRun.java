package org.ducha.deploy.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ducha.deploy.ExactlyOnceCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fault scenario against the shared federation: it starts from quiet links, starts
 * the traffic and lets it get going, then the scenario applies its fault and heals it;
 * afterwards every log catches up, the traffic stops, and the exactly-once check runs at
 * every node, with the proof that real work crossed the faulted city both ways while the
 * fault lasted. Records the figures of the run for the summary.
 */
final class ScenarioRun {

	private static final String DOWN = "440000→441700 ";

	private static final String UP_TO_CITY = "441702→441700 ";

	private static final String UP_FROM_CITY = "441700→440000 ";

	private final String name;

	private final FaultFederation federation;

	private final FaultTraffic traffic;

	private final Map<String, long[]> before;

	private final long cityReconnects;

	private final long countyReconnects;

	private final StringBuilder figures = new StringBuilder();

	private Map<String, long[]> atFault;

	private Map<String, long[]> atHeal;

	private long faultNanos;

	private long healNanos;

	private ScenarioRun(String name, FaultFederation federation, FaultTraffic traffic) {
		this.name = name;
		this.federation = federation;
		this.traffic = traffic;
		federation.await(Duration.ofSeconds(60), "every link connected before " + name, federation::allConnected);
		this.before = federation.logs();
		this.cityReconnects = federation.reconnects(federation.city, "440000");
		this.countyReconnects = federation.reconnects(federation.county, "441700");
	}

	/** Starts the traffic and waits until entries flow down and up through the city. */
	static ScenarioRun begin(String name, FaultFederation federation, FaultTraffic traffic) {
		ScenarioRun run = new ScenarioRun(name, federation, traffic);
		traffic.start();
		federation.await(Duration.ofSeconds(60), "traffic flowing down and up before " + name, () -> {
			Map<String, long[]> now = federation.logs();
			return grew(run.before, now, DOWN) > 0 && grew(run.before, now, UP_FROM_CITY) > 0;
		});
		return run;
	}

	/** The fault begins now. */
	void faultStarts() {
		this.atFault = this.federation.logs();
		this.faultNanos = System.nanoTime();
	}

	/** The fault is healed now. */
	void healed() {
		this.healNanos = System.nanoTime();
		this.atHeal = this.federation.logs();
	}

	/** Seconds since the fault began. */
	double secondsIntoFault() {
		return (System.nanoTime() - this.faultNanos) / 1e9;
	}

	/** Adds a figure of this run to its summary line. */
	void figure(String figure) {
		this.figures.append("; ").append(figure);
	}

	/**
	 * Waits for every log to catch up and the links to settle, stops the traffic, and
	 * checks exactly-once at every node.
	 * @return the summary line of the run
	 */
	String checkExactlyOnce() {
		this.federation.await(Duration.ofSeconds(120),
				"every log acknowledged what it had written by the heal (" + this.name + ")",
				() -> this.federation.caughtUpWith(this.atHeal));
		double caughtUp = (System.nanoTime() - this.healNanos) / 1e9;
		this.federation.await(Duration.ofSeconds(60), "every link connected after " + this.name,
				this.federation::allConnected);
		long cityReconnected = this.federation.reconnects(this.federation.city, "440000") - this.cityReconnects;
		long countyReconnected = this.federation.reconnects(this.federation.county, "441700") - this.countyReconnects;
		this.traffic.stop();
		this.federation.await(Duration.ofSeconds(90), "every log acknowledged to its end after " + this.name,
				this.federation::quiet);
		Map<String, long[]> after = this.federation.logs();

		assertThat(this.traffic.ledger.failures).as("requests that failed at running nodes").isEmpty();
		Map<String, Long> delivered = new ExactlyOnceCheck(this.federation.provinceSchema, this.federation.citySchema,
				List.of(this.federation.countySchema))
			.verifyLinks();
		new RecordsCheck(this.federation.provinceSchema, this.federation.citySchema, this.federation.countySchema,
				this.traffic.ledger)
			.verify();
		long down = grew(this.atFault, this.atHeal, DOWN);
		long up = grew(this.atFault, this.atHeal, UP_TO_CITY);
		assertThat(down).as("entries the province wrote for the city while the fault lasted").isPositive();
		assertThat(up).as("entries the county wrote for the city while the fault lasted").isPositive();
		long relayedUp = grew(this.before, after, UP_FROM_CITY);
		assertThat(relayedUp).as("entries the city sent up to the province during " + this.name).isPositive();
		return String.format(
				"%s: fault %.1f s; written during the fault %d down (province→city), %d up (county→city); "
						+ "in the whole run %d down, %d up (city→province); every log caught up %.1f s after "
						+ "the heal; reconnects city→province %d, county→city %d%s; delivered in all %d entries",
				this.name, (this.healNanos - this.faultNanos) / 1e9, down, up, grew(this.before, after, DOWN),
				relayedUp, caughtUp, cityReconnected, countyReconnected, this.figures,
				delivered.values().stream().mapToLong(Long::longValue).sum());
	}

	/** Entries written between two readings on the logs whose key starts so. */
	private static long grew(Map<String, long[]> from, Map<String, long[]> to, String prefix) {
		return to.entrySet()
			.stream()
			.filter((log) -> log.getKey().startsWith(prefix))
			.mapToLong((log) -> log.getValue()[0] - from.getOrDefault(log.getKey(), new long[] { 0, 0 })[0])
			.sum();
	}

}
