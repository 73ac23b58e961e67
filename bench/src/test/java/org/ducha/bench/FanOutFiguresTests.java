package org.ducha.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FanOutFiguresTests {

	@Test
	void keepsUpWhenNearlyAllWasAppliedDuringTheLoadAndAllAfterIt() {
		assertThat(FanOutFigures.keepsUp(1000, 990, 1000)).isTrue();
		assertThat(FanOutFigures.keepsUp(1000, 970, 1000)).isFalse();
		assertThat(FanOutFigures.keepsUp(1000, 999, 999)).isFalse();
		assertThat(FanOutFigures.keepsUp(0, 0, 0)).isFalse();
	}

	@Test
	void reportsAMissedRateAndItsBacklogInsteadOfHidingIt() {
		FanOutFigures figures = figures(120_000, 12_000, 15_000);
		Report report = new Report();
		figures.addTo(report, 30);
		Measurement rate = report.measurements()
			.stream()
			.filter((m) -> m.metric().equals("province apply rate during the load"))
			.findFirst()
			.orElseThrow();
		assertThat(rate.stats().median()).isEqualTo(100);
		assertThat(rate.met()).isFalse();
		assertThat(report.markdown()).contains("keeps up: **no**")
			.contains("| backlog after the drain wait | 105000 entries |")
			.contains("each exactly once")
			.contains("would need another 1050 s");
	}

	@Test
	void saysSoWhenItKeepsUp() {
		Report report = new Report();
		figures(120_000, 119_900, 120_000).addTo(report, 30);
		assertThat(report.markdown()).contains("keeps up: yes").doesNotContain("keeps up: **no**");
	}

	@Test
	void countsResendsByCauseAndSaysWhenTheNodesCannot() {
		Report report = new Report();
		figures(120_000, 119_900, 120_000).addTo(report, 30);
		Measurement timeouts = report.measurements()
			.stream()
			.filter((m) -> m.metric().equals("entries the cities resent, cause ack_timeout"))
			.findFirst()
			.orElseThrow();
		assertThat(timeouts.stats().median()).isZero();
		assertThat(timeouts.met()).isTrue();
		assertThat(report.markdown()).contains("| entries the cities resent, cause reconnect | 300 entries |")
			.contains("resends by cause not available");
	}

	@Test
	void aGrowingBacklogIsNotFlat() {
		BacklogTrend growing = new BacklogTrend();
		for (int second = 1; second <= 120; second++) {
			growing.sample(second, 50L * second);
		}
		assertThat(growing.slope(120)).isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
		assertThat(BacklogTrend.flat(growing.slope(120), 1220)).isFalse();
		BacklogTrend level = new BacklogTrend();
		for (int second = 1; second <= 120; second++) {
			level.sample(second, (second < 12) ? 5_000 : 300 + (second % 3) * 100);
		}
		assertThat(BacklogTrend.flat(level.slope(120), 1220)).isTrue();
	}

	private static FanOutFigures figures(long created, long duringLoad, long applied) {
		BacklogTrend backlog = new BacklogTrend();
		backlog.sample(60, created - duringLoad);
		ResourceMeter.Usage usage = new ResourceMeter.Usage(120, Map.of(ThreadGroups.PROVINCE, 110.0), 150, 40, 100,
				300);
		return new FanOutFigures(21, 122, 1000, 120, created, duringLoad, applied, 30, 30, applied, 30 * duringLoad,
				new FanOutProbe.Latencies(new double[] { 5, 10, 20_000 }, created - applied), usage, "440100", 22, 0,
				Map.of(SendWindow.Cause.RECONNECT, 300L), List.of(), backlog, Optional.empty());
	}

}
