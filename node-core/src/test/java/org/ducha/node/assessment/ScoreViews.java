package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.client.RestClient;

/**
 * The assessment's answers as the tests read them.
 */
final class ScoreViews {

	private ScoreViews() {
	}

	static Scores scores(RestClient client, String period) {
		return client.get().uri("/api/v1/assessment/scores?" + period).retrieve().body(Scores.class);
	}

	static UnitScoreView unit(RestClient client, String unitCode, String period) {
		return client.get()
			.uri("/api/v1/assessment/scores/" + unitCode + "?" + period)
			.retrieve()
			.body(UnitScoreView.class);
	}

	record Scores(int year, Integer quarter, String label, long formulaVersion, List<Ranked> items) {

		Ranked of(String unitCode) {
			return this.items.stream().filter((item) -> item.unitCode().equals(unitCode)).findFirst().orElseThrow();
		}

	}

	record Ranked(String unitCode, String unitName, String level, int rank, int ranked, BigDecimal total) {
	}

	record UnitScoreView(String unitCode, long formulaVersion, BigDecimal total, List<MeasureView> measures) {

		MeasureView measure(String name) {
			return this.measures.stream().filter((m) -> m.measure().equals(name)).findFirst().orElseThrow();
		}

	}

	record MeasureView(String measure, BigDecimal points, String explanation, List<FactView> facts) {
	}

	record FactView(String what, String day, BigDecimal amount, boolean good, FactLinks links) {
	}

}
