package org.ducha.node.accountability;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ladder's thresholds ({@code ducha.ladder.*}; the job's schedule is
 * {@code ducha.ladder.cron}).
 *
 * @param redWorkingDays an assignment red for this many working days gets a notice
 * proposed
 * @param lagPoints an assignment whose progress trails the time elapsed by more than this
 * many points gets a notice proposed
 * @param rectificationWorkingDays the rectification deadline a notice proposes, in
 * working days after the day it is proposed
 * @param interviewWindow the period within which repeated interviews of one person count
 * @param interviewsForCriticism how many interviews within the window propose public
 * criticism
 * @param commendation whether the job proposes commendations from the past year's record
 */
@ConfigurationProperties("ducha.ladder")
public record LadderSettings(@DefaultValue("10") int redWorkingDays, @DefaultValue("30") int lagPoints,
		@DefaultValue("10") int rectificationWorkingDays, @DefaultValue("P1Y") Period interviewWindow,
		@DefaultValue("2") int interviewsForCriticism, @DefaultValue("true") boolean commendation) {

	public LadderSettings {
		if (redWorkingDays < 1 || lagPoints < 1 || lagPoints > 100 || rectificationWorkingDays < 1
				|| interviewsForCriticism < 2 || interviewWindow.isNegative() || interviewWindow.isZero()) {
			throw new IllegalArgumentException("ducha.ladder: red-working-days and rectification-working-days must be "
					+ "at least 1, lag-points between 1 and 100, interviews-for-criticism at least 2 and "
					+ "interview-window a positive period");
		}
	}

	public LadderRules rules() {
		return new LadderRules(this.redWorkingDays, this.lagPoints, this.interviewWindow, this.interviewsForCriticism);
	}

}
