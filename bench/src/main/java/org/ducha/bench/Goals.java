package org.ducha.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The goals of issue 20, each judged from the run's figures with what limits it when
 * missed: the table at the head of the results' goals. A goal whose scenario did not run
 * (or failed) is listed as not measured.
 */
final class Goals {

	static final int RATIO = 1;

	static final int ABSOLUTE = 2;

	static final int CATCH_UP = 3;

	static final int PROMPTS = 4;

	static final int FLAT = 5;

	static final int FAN_OUT_P99 = 6;

	static final int TIMEOUTS = 7;

	static final int GROWTH = 8;

	static final int LATENCY = 9;

	static final int COUNTY = 10;

	private final Report report;

	private final List<Measurement> all;

	private Goals(Report report) {
		this.report = report;
		this.all = report.measurements();
	}

	/** Adds the verdicts of every goal the run's figures speak to. */
	static void addTo(Report report) {
		new Goals(report).judge();
	}

	private void judge() {
		Optional<Measurement> link = find("2 link", "province → city");
		Optional<Measurement> engine = find("2 link", "diagnostic: the same");
		String linkCause = link.map((m) -> engine.map((e) -> String.format(Locale.ROOT,
				"the link drained %s task events/s; the same link drains events the city only parks at %s/s, so %s",
				median(m), median(e),
				(e.stats().median() >= 2 * m.stats().median())
						? "the task handlers' statements cost most (see the JFR notes with --jfr)"
						: "the link engine's own cost per entry dominates"))
			.orElse("")).orElse("");
		verdict(RATIO, "link province → city ≥ 0.5 × the set-based anchor (2)",
				find("2 link", "ratio to the set-based"), linkCause);
		verdict(ABSOLUTE, "link province → city ≥ 5,000 task events/s (2, the old absolute target)", link, linkCause);
		Optional<Measurement> drain = find("4 catch-up", "drain time");
		Optional<Measurement> rate = find("4 catch-up", "drain rate");
		if (drain.isPresent() && !drain.get().metric().contains(" 100000 events")) {
			this.report.verdict(new Report.Verdict(CATCH_UP, "catch-up of 100,000 events after an outage < 30 s (4)",
					median(drain.get()) + " s for " + drain.get().metric().replaceAll(".*, (\\d+) events.*", "$1")
							+ " events",
					null, "the backlog was not the issue's 100,000 events (a --quick run), so the goal is not judged"));
		}
		else {
			verdict(CATCH_UP, "catch-up of 100,000 events after an outage < 30 s (4)", drain,
					rate.map(
							(r) -> "the county applied " + median(r) + " events/s after its reconnect"
									+ (drain.map((d) -> d.metric().contains("projected")).orElse(false)
											? " (the wait was capped; the time is projected at that rate)" : ""))
						.orElse(""));
		}
		verdict(PROMPTS, "prompts raised during the drain applied at p99 < 1 s (4)",
				find("4 catch-up", "prompt latency during the drain, p99"),
				"prompts queue behind the task backlog's batches on the county's link");
		Optional<Measurement> applied = find("5 fan-out", "province apply rate");
		String fanOutCause = applied
			.map((m) -> "the province applied " + median(m) + " of the "
					+ find("5 fan-out", "offered").map(Goals::median).orElse("?") + " reports/s offered")
			.orElse("");
		verdict(FLAT, "fan-out 1 + 21 + 122: backlog flat during the load of 1,220 reports/s (5)",
				find("5 fan-out", "backlog growth"), fanOutCause);
		verdict(FAN_OUT_P99, "fan-out: p99 county creation → province commit < 2 s (5)", find("5 fan-out", "p99"),
				fanOutCause);
		verdict(TIMEOUTS, "fan-out: no entry resent because of an Ack timeout (5)",
				find("5 fan-out", "entries the cities resent, cause ack_timeout"),
				"a batch waited longer than the simulated cities' adapted Ack timeout");
		Optional<Measurement> small = find("7 cost", "province → city");
		Optional<Measurement> large = find("7 cost", "the same with");
		verdict(GROWTH, "with 1,000,000 task rows at the city, within 20 % of a round on small tables (7)",
				find("7 cost", "ratio of the two"),
				small.flatMap((s) -> large.map((l) -> "the link drained " + median(l) + " events/s on the large tables "
						+ "against " + median(s) + " on the small ones; a copy's inserts and lookups reach index pages "
						+ "that no longer fit the buffer pool"))
					.orElse(""));
		verdict(LATENCY, "two hops p99 < 100 ms at 50 events/s (3, kept)", find("3 end-to-end latency at 50/s", "p99"),
				find("3 end-to-end latency at 50/s", "p50")
					.map((p50) -> "p50 " + median(p50) + " ms: the events queued at a hop that applies slower than 50/s"
							+ " while the machine was loaded")
					.orElse(""));
		if (this.report.verdicts().stream().noneMatch((v) -> v.order() == COUNTY)) {
			this.report.verdict(new Report.Verdict(COUNTY, "the county runs in " + Footprint.MAX_HEAP + " (6, kept)",
					"", null, "scenario 6 did not run or failed"));
		}
	}

	private void verdict(int order, String goal, Optional<Measurement> figure, String cause) {
		if (figure.isEmpty() || figure.get().goal() == null) {
			this.report.verdict(new Report.Verdict(order, goal, "", null, "its scenario did not run or failed"));
			return;
		}
		Measurement m = figure.get();
		if (!Double.isFinite(m.stats().median())) {
			// a ratio over a round that measured nothing is no figure at all, however its
			// comparison with the goal comes out
			this.report.verdict(new Report.Verdict(order, goal, median(m), null,
					"not a number: one of the rounds it divides measured nothing"));
			return;
		}
		String unit = m.unit().isEmpty() ? "" : " " + m.unit();
		boolean met = Boolean.TRUE.equals(m.met());
		this.report.verdict(new Report.Verdict(order, goal,
				median(m) + unit + " (goal " + m.goal().describe() + unit + ")", met, met ? "" : cause));
	}

	private Optional<Measurement> find(String scenario, String metric) {
		return this.all.stream()
			.filter((m) -> m.scenario().startsWith(scenario) && m.metric().startsWith(metric) && m.goal() != null)
			.findFirst()
			.or(() -> this.all.stream()
				.filter((m) -> m.scenario().startsWith(scenario) && m.metric().startsWith(metric))
				.findFirst());
	}

	private static String median(Measurement m) {
		return Measurement.format(m.stats().median());
	}

}
