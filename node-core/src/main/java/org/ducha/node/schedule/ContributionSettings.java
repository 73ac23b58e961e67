package org.ducha.node.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When co-units' contributions are due ({@code ducha.contributions.*};
 * docs/business-rules.md §6.8). Every node computes a co-unit's slots with its own
 * setting, so a federation sets the same value everywhere.
 *
 * @param workingDaysBeforeLead a co-unit's contribution for a report is due this many
 * working days before the lead unit's report, so that the lead can sum it up
 */
@ConfigurationProperties("ducha.contributions")
public record ContributionSettings(@DefaultValue("3") int workingDaysBeforeLead) {

	public ContributionSettings {
		if (workingDaysBeforeLead < 1) {
			throw new IllegalArgumentException("ducha.contributions.working-days-before-lead must be at least 1");
		}
	}

}
