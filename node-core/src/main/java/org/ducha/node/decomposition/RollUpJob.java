package org.ducha.node.decomposition;

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
 * Lights change with time: a minute after the hourly lights job, the roll-ups of open
 * decomposed assignments are computed again, and those that changed travel on.
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class RollUpJob {

	private static final Logger logger = LoggerFactory.getLogger(RollUpJob.class);

	private final Decompositions decompositions;

	RollUpJob(Decompositions decompositions) {
		this.decompositions = decompositions;
	}

	/** After the lights computed at start. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void atStart() {
		refresh();
	}

	@Scheduled(cron = "${ducha.decomposition.cron:0 2 * * * *}", zone = "Asia/Shanghai")
	void refresh() {
		int revised = this.decompositions.refreshAll();
		logger.debug("Roll-ups of {} decomposed assignments revised", revised);
	}

}
