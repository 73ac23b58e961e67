package org.ducha.node.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How idempotency keys are kept ({@code ducha.idempotency.*}; the purge's schedule is
 * {@code ducha.idempotency.purge-cron}).
 *
 * @param retention how long a key is remembered after its request; at least a day, so
 * that a retry after a restart still finds it
 * @param purgeChunk how many expired keys one purge transaction deletes
 * @param maxStoredBody the largest answer body kept for a replay; a larger one is
 * replayed as its status without the body
 */
@ConfigurationProperties("ducha.idempotency")
record IdempotencySettings(@DefaultValue("25h") Duration retention, @DefaultValue("500") int purgeChunk,
		@DefaultValue("1MB") DataSize maxStoredBody) {

	IdempotencySettings {
		if (retention.compareTo(Duration.ofHours(24)) < 0 || purgeChunk < 1 || maxStoredBody.toBytes() < 0
				|| maxStoredBody.toBytes() > 16 * 1024 * 1024) {
			throw new IllegalArgumentException("ducha.idempotency: retention must be at least 24h, purge-chunk at "
					+ "least 1 and max-stored-body between 0 and 16MB");
		}
	}

}
