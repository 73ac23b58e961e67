package org.ducha.node.idempotency;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Purges expired idempotency keys every hour. */
@Component
@ConditionalOnProperty(name = "ducha.scheduling", havingValue = "true", matchIfMissing = true)
class KeyPurgeJob {

	private final KeyPurge purge;

	KeyPurgeJob(KeyPurge purge) {
		this.purge = purge;
	}

	@Scheduled(cron = "${ducha.idempotency.purge-cron:0 25 * * * *}", zone = "Asia/Shanghai")
	void purge() {
		this.purge.purge();
	}

}
