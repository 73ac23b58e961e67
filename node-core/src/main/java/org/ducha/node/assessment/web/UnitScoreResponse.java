package org.ducha.node.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.assessment.AssessmentPeriod;
import org.ducha.node.assessment.CountedFact;
import org.ducha.node.assessment.FactLinks;
import org.ducha.node.assessment.Measure;
import org.ducha.node.assessment.MeasureScore;
import org.ducha.node.assessment.UnitScore;

/**
 * A unit's score explained: each measure with its computation and every fact it counted.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param nodeCode its node
 * @param year the year
 * @param quarter the quarter, null for the year
 * @param label the period in words
 * @param formulaVersion the formula's version
 * @param total the score
 * @param measures each measure of the formula
 */
record UnitScoreResponse(String unitCode, String unitName, String nodeCode, int year, Integer quarter, String label,
		long formulaVersion, BigDecimal total, List<MeasureView> measures) {

	static UnitScoreResponse of(AssessmentPeriod period, UnitScore score) {
		return new UnitScoreResponse(score.unitCode(), score.unitName(), score.nodeCode(), period.year(),
				period.quarter(), period.label(), score.formulaVersion(), score.total(),
				score.measures().stream().map(MeasureView::of).toList());
	}

	/**
	 * A measure's share.
	 *
	 * @param measure the measure
	 * @param chinese its Chinese name
	 * @param english its English name
	 * @param kind how it counts
	 * @param rule the rule in words
	 * @param points its points
	 * @param counted the good facts of a rate, the amount of a deduction or bonus
	 * @param of all facts of a rate
	 * @param explanation the computation
	 * @param facts every fact counted
	 */
	record MeasureView(Measure measure, String chinese, String english, Measure.Kind kind, String rule,
			BigDecimal points, BigDecimal counted, BigDecimal of, String explanation, List<FactView> facts) {

		static MeasureView of(MeasureScore score) {
			Measure measure = score.measure();
			return new MeasureView(measure, measure.chinese(), measure.english(), measure.kind(),
					score.rule().describe(), score.points(), score.counted(), score.of(), score.explanation(),
					score.facts().stream().map(FactView::of).toList());
		}

	}

	/**
	 * A fact counted.
	 *
	 * @param what what happened
	 * @param day the day it counts on
	 * @param amount how much it counts
	 * @param good for a rate, whether it counts towards it
	 * @param links the ids it links to
	 */
	record FactView(String what, LocalDate day, BigDecimal amount, boolean good, FactLinks links) {

		static FactView of(CountedFact fact) {
			return new FactView(fact.what(), fact.day(), fact.amount(), fact.good(), fact.links());
		}

	}

}
