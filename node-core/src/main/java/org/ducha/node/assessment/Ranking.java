package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ranks scores per level (docs/business-rules.md, "Assessment"): governments among the
 * governments of their administrative level (county governments among county
 * governments), departments among the departments of their node. Higher scores rank
 * first; equal scores share a place and the next place is skipped (1, 1, 3).
 */
public final class Ranking {

	private Ranking() {
	}

	/**
	 * @param scores the scores
	 * @param nodeNames the name of a node, by its code (the code itself when unknown)
	 * @return every score with its level and place, level by level, best first
	 */
	public static List<RankedScore> rank(List<UnitScore> scores, Function<String, String> nodeNames) {
		Map<RankLevel, List<UnitScore>> levels = new LinkedHashMap<>();
		scores.stream()
			.sorted(Comparator.comparing((UnitScore score) -> levelOf(score, nodeNames).key())
				.thenComparing(UnitScore::total, Comparator.reverseOrder())
				.thenComparing(UnitScore::unitCode))
			.forEach((score) -> levels.computeIfAbsent(levelOf(score, nodeNames), (key) -> new ArrayList<>())
				.add(score));
		List<RankedScore> ranked = new ArrayList<>();
		levels.forEach((level, members) -> {
			int rank = 0;
			BigDecimal previous = null;
			for (int i = 0; i < members.size(); i++) {
				UnitScore score = members.get(i);
				if (previous == null || score.total().compareTo(previous) != 0) {
					rank = i + 1;
					previous = score.total();
				}
				ranked.add(new RankedScore(score, level, rank, members.size()));
			}
		});
		return ranked;
	}

	static RankLevel levelOf(UnitScore score, Function<String, String> nodeNames) {
		if (!score.unitCode().contains(":")) {
			String code = score.unitCode();
			if (code.endsWith("0000")) {
				return new RankLevel("governments:PROVINCE", "省级政府");
			}
			return code.endsWith("00") ? new RankLevel("governments:CITY", "市级政府")
					: new RankLevel("governments:COUNTY", "县级政府");
		}
		return new RankLevel("departments:" + score.nodeCode(), nodeNames.apply(score.nodeCode()) + " 部门");
	}

}
