package org.ducha.node.accountability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the ladder's proposals every hour, after the lights were computed again.
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class LadderJob {

	private static final Logger logger = LoggerFactory.getLogger(LadderJob.class);

	private final Proposing proposing;

	LadderJob(Proposing proposing) {
		this.proposing = proposing;
	}

	@Scheduled(cron = "${ducha.ladder.cron:0 20 * * * *}", zone = "Asia/Shanghai")
	void propose() {
		int made = this.proposing.proposeDue();
		if (made > 0) {
			logger.info("{} ladder proposals made", made);
		}
	}

}
