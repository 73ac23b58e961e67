package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governments rank among the governments of their level, departments among those of their
 * node; equal scores share a place and the next place is skipped.
 */
class RankingTests {

	@Test
	void equalScoresShareAPlaceAndTheNextIsSkipped() {
		List<RankedScore> ranked = Ranking.rank(
				List.of(score("441702", "90"), score("441704", "95"), score("441721", "90"), score("441781", "80")),
				(code) -> code);

		assertThat(ranked).extracting((r) -> r.score().unitCode() + ":" + r.rank())
			.containsExactly("441704:1", "441702:2", "441721:2", "441781:4");
		assertThat(ranked).allSatisfy((r) -> assertThat(r.ranked()).isEqualTo(4));
	}

	@Test
	void departmentsRankAmongTheirNodesDepartmentsAndGovernmentsAmongTheirLevel() {
		List<RankedScore> ranked = Ranking.rank(List.of(score("441700:fgj", "70"), score("441704:jyj", "99"),
				score("441700:jyj", "80"), score("441704", "60"), score("441700", "50")),
				(code) -> code.equals("441700") ? "阳江市" : code);

		assertThat(ranked).extracting((r) -> r.level().name() + " " + r.score().unitCode() + ":" + r.rank())
			.containsExactly("阳江市 部门 441700:jyj:1", "阳江市 部门 441700:fgj:2", "441704 部门 441704:jyj:1", "市级政府 441700:1",
					"县级政府 441704:1");
	}

	private static UnitScore score(String unitCode, String total) {
		return new UnitScore(unitCode, unitCode, org.ducha.node.unit.Unit.nodeOf(unitCode), new BigDecimal(total), 0,
				List.of());
	}

}
