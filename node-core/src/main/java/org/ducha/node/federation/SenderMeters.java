package org.ducha.node.federation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.ducha.proto.federation.v1.Channel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the senders do again, as Micrometer meters (docs/protocol.md §13.3): the entries
 * sent again by cause ({@code ducha.federation.resent}) and the Ack timeout in force
 * ({@code ducha.federation.ack.timeout}), per peer and channel. Also remembers, across
 * the sessions of a link, the highest entry sent, so that what a new session sends again
 * is counted as caused by the reconnect.
 */
@Component
class SenderMeters {

	/** Why entries were sent again. */
	enum Cause {

		ACK_TIMEOUT("ack_timeout"), NACK("nack"), RECONNECT("reconnect");

		private final String tag;

		Cause(String tag) {
			this.tag = tag;
		}

	}

	private final MeterRegistry registry;

	/** Milliseconds, per peer and channel key. */
	private final Map<String, AtomicLong> timeouts = new ConcurrentHashMap<>();

	private final Map<String, Long> highestSent = new ConcurrentHashMap<>();

	SenderMeters(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	void resent(String peer, Channel channel, Cause cause, long entries) {
		if (entries > 0) {
			this.registry
				.counter("ducha.federation.resent", "peer", peer, "channel", Channels.key(channel), "cause", cause.tag)
				.increment(entries);
		}
	}

	void ackTimeout(String peer, Channel channel, Duration timeout) {
		this.timeouts.computeIfAbsent(peer + "/" + Channels.key(channel), (key) -> {
			AtomicLong millis = new AtomicLong();
			Gauge.builder("ducha.federation.ack.timeout", millis, (m) -> m.get() / 1000.0)
				.tags("peer", peer, "channel", Channels.key(channel))
				.description("the Ack timeout in force, in seconds")
				.baseUnit("seconds")
				.register(this.registry);
			return millis;
		}).set(timeout.toMillis());
	}

	/** The highest entry a session of this link sent on the channel since this start. */
	long highestSent(String peer, Channel channel) {
		return this.highestSent.getOrDefault(peer + "/" + Channels.key(channel), 0L);
	}

	void sent(String peer, Channel channel, long seq) {
		this.highestSent.merge(peer + "/" + Channels.key(channel), seq, Math::max);
	}

}
