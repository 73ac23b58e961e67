package org.ducha.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalsTests {

	@Test
	void judgesTheRatioToTheSetBasedAnchorAndNamesTheHandlersWhenTheEngineAloneIsFaster() {
		Report report = new Report();
		report.add(new Measurement("2 link throughput", "province → city, 12000 queued task events drained", "events/s",
				List.of(250.0), Goal.atLeast(5_000), null));
		report.add(new Measurement("2 link throughput", "ratio to the set-based anchor of the same round", "",
				List.of(0.1), Goal.atLeast(0.5), null));
		report.add(new Measurement("2 link throughput",
				"diagnostic: the same with events of a kind the city only parks (engine without handlers)", "events/s",
				List.of(3_000.0), null, null));
		Goals.addTo(report);
		Report.Verdict ratio = report.verdicts().get(0);
		assertThat(ratio.goal()).contains("0.5 × the set-based anchor");
		assertThat(ratio.met()).isFalse();
		assertThat(ratio.figure()).isEqualTo("0.10 (goal ≥ 0.50)");
		assertThat(ratio.cause()).contains("250").contains("3000").contains("task handlers");
		assertThat(report.markdown())
			.contains("| link province → city ≥ 0.5 × the set-based anchor (2) | 0.10 (goal ≥ 0.50) | **missed** |");
	}

	@Test
	void listsAGoalWhoseScenarioDidNotRunAsNotMeasured() {
		Report report = new Report();
		report.add(new Measurement("3 end-to-end latency at 50/s", "p99", "ms", List.of(40.0), Goal.below(100), null));
		Goals.addTo(report);
		assertThat(report.verdicts()).hasSize(10);
		assertThat(report.verdicts()).filteredOn((v) -> v.order() == Goals.LATENCY).singleElement().satisfies((v) -> {
			assertThat(v.met()).isTrue();
			assertThat(v.cause()).isEmpty();
		});
		assertThat(report.verdicts()).filteredOn((v) -> v.order() == Goals.GROWTH)
			.singleElement()
			.satisfies((v) -> assertThat(v.met()).isNull());
		assertThat(report.markdown()).contains("not measured");
	}

	@Test
	void neverCountsARatioOverARoundThatMeasuredNothingAsMet() {
		Report report = new Report();
		report.add(new Measurement("7 cost as tables grow", "ratio of the two", "", List.of(Double.POSITIVE_INFINITY),
				Goal.atLeast(0.8), null));
		Goals.addTo(report);
		assertThat(report.verdicts()).filteredOn((v) -> v.order() == Goals.GROWTH).singleElement().satisfies((v) -> {
			assertThat(v.met()).isNull();
			assertThat(v.cause()).contains("measured nothing");
		});
	}

	@Test
	void judgesTheCatchUpOnlyOnTheIssuesBacklogAndMarksAProjection() {
		Report quick = new Report();
		quick.add(new Measurement("4 catch-up", "drain time after reconnect, 5000 events", "s", List.of(21.0),
				Goal.below(30), null));
		Goals.addTo(quick);
		Report.Verdict small = quick.verdicts().get(Goals.CATCH_UP - 1);
		assertThat(small.met()).isNull();
		assertThat(small.figure()).isEqualTo("21.0 s for 5000 events");
		Report full = new Report();
		full.add(new Measurement("4 catch-up", "drain time after reconnect, 100000 events (projected)", "s",
				List.of(400.0), Goal.below(30), null));
		full.add(new Measurement("4 catch-up", "drain rate city → county", "events/s", List.of(250.0),
				Goal.atLeast(3333), null));
		Goals.addTo(full);
		Report.Verdict projected = full.verdicts().get(Goals.CATCH_UP - 1);
		assertThat(projected.met()).isFalse();
		assertThat(projected.cause()).contains("250 events/s").contains("projected");
	}

	@Test
	void noResendIsTheOnlyCountThatMeetsTheTimeoutGoal() {
		assertThat(Goal.atMost(0).metBy(0)).isTrue();
		assertThat(Goal.atMost(0).metBy(1)).isFalse();
		assertThat(Goal.atMost(0).describe()).isEqualTo("≤ 0.00");
	}

}
