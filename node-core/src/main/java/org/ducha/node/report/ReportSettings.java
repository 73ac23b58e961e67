package org.ducha.node.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an issuer may return a report ({@code ducha.reports.*}; docs/business-rules.md
 * §11.2).
 *
 * @param returnWithinWorkingDays a report is accepted once this many working days after
 * the day it was written have passed without a return
 */
@ConfigurationProperties("ducha.reports")
public record ReportSettings(@DefaultValue("5") int returnWithinWorkingDays) {

	public ReportSettings {
		if (returnWithinWorkingDays < 1) {
			throw new IllegalArgumentException("ducha.reports.return-within-working-days must be at least 1");
		}
	}

}
