package org.ducha.node.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the traffic lights ({@code ducha.lights.*}).
 *
 * @param yellowWorkingDays a due date this many working days away (or fewer) turns YELLOW
 * @param lagMargin YELLOW when progress trails the share of time elapsed by more than
 * this (0.25 = 25 points)
 */
@ConfigurationProperties("ducha.lights")
public record LightSettings(@DefaultValue("3") int yellowWorkingDays, @DefaultValue("0.25") double lagMargin) {

	LightRules rules() {
		return new LightRules(this.yellowWorkingDays, this.lagMargin);
	}

}
