package org.ducha.node.assessment.web;

import java.math.BigDecimal;
import java.util.List;

import org.ducha.node.assessment.Assessments;
import org.ducha.node.assessment.Measure;
import org.ducha.node.assessment.MeasureScore;
import org.ducha.node.assessment.RankedScore;

/**
 * The ranking of a period.
 *
 * @param year the year
 * @param quarter the quarter, null for the year
 * @param label the period in words
 * @param formulaVersion the formula's version the scores were computed with
 * @param items every unit the caller sees, level by level, best first
 */
record ScoresResponse(int year, Integer quarter, String label, long formulaVersion, List<RankedView> items) {

	static ScoresResponse of(Assessments.Scores scores) {
		return new ScoresResponse(scores.period().year(), scores.period().quarter(), scores.period().label(),
				scores.formula().version(), scores.ranked().stream().map(RankedView::of).toList());
	}

	/**
	 * A unit's place.
	 *
	 * @param unitCode the unit
	 * @param unitName its name
	 * @param nodeCode its node
	 * @param level the key of the units it is ranked among
	 * @param levelName their name
	 * @param rank its place, 1 the best
	 * @param ranked how many are ranked with it
	 * @param total its score
	 * @param measures each measure's points
	 */
	record RankedView(String unitCode, String unitName, String nodeCode, String level, String levelName, int rank,
			int ranked, BigDecimal total, List<PointsView> measures) {

		static RankedView of(RankedScore ranked) {
			return new RankedView(ranked.score().unitCode(), ranked.score().unitName(), ranked.score().nodeCode(),
					ranked.level().key(), ranked.level().name(), ranked.rank(), ranked.ranked(), ranked.score().total(),
					ranked.score().measures().stream().map(PointsView::of).toList());
		}

	}

	/**
	 * A measure's points.
	 *
	 * @param measure the measure
	 * @param chinese its Chinese name
	 * @param points its points (negative for a deduction)
	 * @param facts how many facts it counted
	 */
	record PointsView(Measure measure, String chinese, BigDecimal points, int facts) {

		static PointsView of(MeasureScore score) {
			return new PointsView(score.measure(), score.measure().chinese(), score.points(), score.facts().size());
		}

	}

}
