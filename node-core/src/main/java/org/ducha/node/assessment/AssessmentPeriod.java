package org.ducha.node.assessment;

import java.time.LocalDate;

import org.ducha.node.problem.InvalidRequestException;

/**
 * The period a score is for: a year, or one of its quarters.
 *
 * @param year the year
 * @param quarter 1 to 4, or null for the whole year
 */
public record AssessmentPeriod(int year, Integer quarter) {

	public AssessmentPeriod {
		if (year < 2000 || year > 2100) {
			throw new InvalidRequestException(
					"考核年度应在 2000 至 2100 之间，而不是 " + year + "。 The year is between 2000 and 2100, not " + year + ".");
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new InvalidRequestException(
					"季度应为 1 至 4，而不是 " + quarter + "。 The quarter is 1 to 4, not " + quarter + ".");
		}
	}

	public LocalDate from() {
		return (this.quarter == null) ? LocalDate.of(this.year, 1, 1)
				: LocalDate.of(this.year, this.quarter * 3 - 2, 1);
	}

	public LocalDate to() {
		LocalDate start = from();
		return ((this.quarter == null) ? start.plusYears(1) : start.plusMonths(3)).minusDays(1);
	}

	/** "2026年" or "2026年第2季度". */
	public String label() {
		return this.year + "年" + ((this.quarter == null) ? "" : "第" + this.quarter + "季度");
	}

}
