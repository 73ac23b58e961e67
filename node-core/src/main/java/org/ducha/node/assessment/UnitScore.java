package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's score for a period with the formula in force, each measure's share explained.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param nodeCode the node it belongs to
 * @param total the score: the measures' points added up, never below 0; two decimals
 * @param formulaVersion the formula's version
 * @param measures each measure of the formula, in its order
 */
public record UnitScore(String unitCode, String unitName, String nodeCode, BigDecimal total, long formulaVersion,
		List<MeasureScore> measures) {

	public UnitScore {
		measures = List.copyOf(measures);
	}

}
