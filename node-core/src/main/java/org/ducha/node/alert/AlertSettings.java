package org.ducha.node.alert;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an unsigned alert escalates ({@code ducha.alerts.*}; the job's schedule is
 * {@code ducha.alerts.escalation-cron}).
 *
 * @param escalateAfterWorkingDays an alert not signed for within this many working days
 * after the day it arrived escalates
 */
@ConfigurationProperties("ducha.alerts")
public record AlertSettings(@DefaultValue("2") int escalateAfterWorkingDays) {

	public AlertSettings {
		if (escalateAfterWorkingDays < 1) {
			throw new IllegalArgumentException("ducha.alerts.escalate-after-working-days must be at least 1");
		}
	}

	EscalationRule rule() {
		return new EscalationRule(this.escalateAfterWorkingDays);
	}

}
