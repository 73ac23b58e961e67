package org.ducha.node.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lights change with time as well as with events: every hour (and just after midnight in
 * Shanghai) every open assignment's light is computed again.
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class LightsJob {

	private static final Logger logger = LoggerFactory.getLogger(LightsJob.class);

	private final TrafficLights lights;

	private final Schedules schedules;

	LightsJob(TrafficLights lights, Schedules schedules) {
		this.lights = lights;
		this.schedules = schedules;
	}

	/**
	 * A node that was down may hold lights of days ago: they are computed at start, and
	 * the signing limits of assignments held from before limits existed.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void atStart() {
		this.schedules.planMissingSigningLimits();
		refresh();
	}

	@Scheduled(cron = "${ducha.lights.cron:0 1 * * * *}", zone = "Asia/Shanghai")
	void refresh() {
		int count = this.lights.refreshAll();
		logger.debug("Lights of {} open assignments computed again", count);
	}

}
