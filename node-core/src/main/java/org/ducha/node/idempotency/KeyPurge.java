package org.ducha.node.idempotency;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Forgets the idempotency keys older than the retention, in chunks of a short transaction
 * each, so that the purge never holds many rows locked against the requests that claim
 * keys.
 */
@Component
class KeyPurge {

	private static final Logger logger = LoggerFactory.getLogger(KeyPurge.class);

	private final IdempotencyKeys keys;

	private final IdempotencySettings settings;

	private final Clock clock;

	KeyPurge(IdempotencyKeys keys, IdempotencySettings settings, Clock clock) {
		this.keys = keys;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Deletes every expired key, a chunk at a time.
	 * @return how many keys were deleted
	 */
	int purge() {
		Instant before = this.clock.instant().minus(this.settings.retention());
		int total = 0;
		for (int deleted = this.settings.purgeChunk(); deleted == this.settings.purgeChunk();) {
			deleted = this.keys.purge(before, this.settings.purgeChunk());
			total += deleted;
		}
		if (total > 0) {
			logger.info("{} idempotency keys older than {} forgotten", total, this.settings.retention());
		}
		return total;
	}

}
