package org.ducha.node.federation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's periodic duties: ticking open sessions (resends, timeouts) and purging
 * acknowledged entries after the retention period. Off when a test drives the engine
 * itself.
 */
@Component
@ConditionalOnProperty(name = "ducha.federation.scheduling", havingValue = "true", matchIfMissing = true)
class FederationMaintenance {

	private static final Logger logger = LoggerFactory.getLogger(FederationMaintenance.class);

	private final LinkSessions sessions;

	private final OutboxStore outbox;

	private final FederationSettings settings;

	private final LinkStatusReader status;

	private final Clock clock;

	FederationMaintenance(LinkSessions sessions, OutboxStore outbox, FederationSettings settings,
			LinkStatusReader status, Clock clock) {
		this.sessions = sessions;
		this.outbox = outbox;
		this.settings = settings;
		this.status = status;
		this.clock = clock;
	}

	/** Operators are alarmed when a backlog passes its size or age threshold. */
	@Scheduled(fixedDelayString = "${ducha.federation.alarm-interval:1m}", initialDelayString = "1m")
	void alarms() {
		for (LinkStatus link : this.status.all()) {
			for (LinkStatus.ChannelStatus channel : link.channels()) {
				if (channel.alarm()) {
					logger.warn(
							"ALARM: {} entries for node {} on {} wait for acknowledgement, the oldest for {} s "
									+ "(thresholds {} entries, {})",
							channel.backlog(), link.peer(), channel.channel(), channel.oldestUnackedAgeSeconds(),
							this.settings.backlogAlarmEntries(), this.settings.backlogAlarmAge());
				}
			}
		}
	}

	@Scheduled(fixedDelayString = "${ducha.federation.tick-interval:1s}")
	void tick() {
		for (LinkSession session : this.sessions.all()) {
			session.sink().execute(session::tick);
		}
	}

	@Scheduled(fixedDelayString = "${ducha.federation.purge-interval:10m}", initialDelayString = "1m")
	void purge() {
		int purged = this.outbox.purge(this.clock.instant().minus(this.settings.retention()));
		if (purged > 0) {
			logger.info("Purged {} acknowledged log entries older than {}", purged, this.settings.retention());
		}
	}

}
