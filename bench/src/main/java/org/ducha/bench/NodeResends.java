package org.ducha.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What real nodes' senders sent again, read by name from their Micrometer registries: the
 * counter {@value #COUNTER} (entries; tags {@code peer}, {@code channel}, {@code cause} ∈
 * ack_timeout, nack, reconnect). A node without the counter reports nothing (the figure
 * is "not available", not zero).
 */
final class NodeResends {

	static final String COUNTER = "ducha.federation.resent";

	static final String ACK_TIMEOUT_GAUGE = "ducha.federation.ack.timeout";

	static final List<String> CAUSES = List.of("ack_timeout", "nack", "reconnect");

	private NodeResends() {
	}

	/**
	 * Entries sent again by cause, summed over the nodes, or empty when none of them has
	 * the counter.
	 */
	static Optional<Map<String, Double>> byCause(List<BenchNode> nodes) {
		Map<String, Double> total = new LinkedHashMap<>();
		CAUSES.forEach((cause) -> total.put(cause, 0.0));
		boolean found = false;
		for (BenchNode node : nodes) {
			MeterRegistry registry = node.optionalBean(MeterRegistry.class);
			if (registry == null) {
				continue;
			}
			// the counter appears at a node's first resend; the Ack timeout's gauge, kept
			// by
			// the same engine from its first tick, says that a node without it resent
			// nothing
			found |= !registry.find(ACK_TIMEOUT_GAUGE).gauges().isEmpty();
			for (Counter counter : registry.find(COUNTER).counters()) {
				found = true;
				String cause = counter.getId().getTag("cause");
				total.merge((cause != null) ? cause : "untagged", counter.count(), Double::sum);
			}
		}
		return found ? Optional.of(total) : Optional.empty();
	}

	/** What was sent again between two readings, by cause. */
	static Optional<Map<String, Double>> since(Optional<Map<String, Double>> before,
			Optional<Map<String, Double>> after) {
		return after.map((now) -> {
			Map<String, Double> delta = new LinkedHashMap<>();
			now.forEach((cause, count) -> delta.put(cause,
					count - before.map((then) -> then.getOrDefault(cause, 0.0)).orElse(0.0)));
			return delta;
		});
	}

	/** Adds a row per cause to a scenario, or a note that the counter is not there. */
	static void addTo(Report report, String scenario, String senders, Optional<Map<String, Double>> resent) {
		if (resent.isEmpty()) {
			report.note("Scenario " + scenario + ": resends by cause not available — the nodes have no Micrometer "
					+ "counter " + COUNTER + " (this build's link engine does not count them)");
			return;
		}
		resent.get()
			.forEach(
					(cause, count) -> report
						.add(new Measurement(scenario, "entries resent, cause " + cause, "entries", List.of(count),
								cause.equals("ack_timeout") ? Goal.atMost(0) : null,
								cause.equals("ack_timeout") ? "counted by " + senders + " (" + COUNTER
										+ "), over the whole scenario; the goal is none caused by an Ack timeout"
										: null)));
	}

}
