package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One fact of a unit's record as a measure counts it.
 *
 * @param what what happened, in words (e.g. the task's title and the due day)
 * @param day the day it counts on
 * @param amount how much it counts: overdue days for {@link Measure#OVERDUE_DAYS}, 1
 * otherwise
 * @param good for a rate measure, whether it counts towards the rate (filled on time,
 * completed within the original deadline); true otherwise
 * @param links what it links to
 */
public record CountedFact(String what, LocalDate day, BigDecimal amount, boolean good, FactLinks links) {

	/** A fact counted once. */
	public static CountedFact once(String what, LocalDate day, boolean good, FactLinks links) {
		return new CountedFact(what, day, BigDecimal.ONE, good, links);
	}

}
