package org.ducha.node.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates unsigned alerts every hour (and so soon after midnight in Shanghai, when a
 * signing limit has passed).
 */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class AlertEscalationJob {

	private static final Logger logger = LoggerFactory.getLogger(AlertEscalationJob.class);

	private final AlertEscalation escalation;

	AlertEscalationJob(AlertEscalation escalation) {
		this.escalation = escalation;
	}

	@Scheduled(cron = "${ducha.alerts.escalation-cron:0 10 * * * *}", zone = "Asia/Shanghai")
	void escalate() {
		int escalated = this.escalation.escalateDue();
		if (escalated > 0) {
			logger.info("{} unsigned alerts escalated", escalated);
		}
	}

}
