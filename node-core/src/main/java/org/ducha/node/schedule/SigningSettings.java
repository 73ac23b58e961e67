package org.ducha.node.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The signing limit (签收时限, {@code ducha.signing.*}; docs/business-rules.md §6.7).
 *
 * @param limitWorkingDays an assignment is to be signed within this many working days
 * after the day it was handed to its unit; unsigned after that it is claim-overdue
 */
@ConfigurationProperties("ducha.signing")
public record SigningSettings(@DefaultValue("2") int limitWorkingDays) {

	public SigningSettings {
		if (limitWorkingDays < 1) {
			throw new IllegalArgumentException("ducha.signing.limit-working-days must be at least 1");
		}
	}

}
