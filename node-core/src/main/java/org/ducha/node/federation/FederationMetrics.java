package org.ducha.node.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.ducha.node.federation.LinkStatus.ChannelStatus;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;

import org.springframework.stereotype.Component;

/**
 * The figures of the link status as Micrometer gauges ({@code ducha.federation.*}),
 * tagged by peer, channel and direction. They read a copy of the status refreshed at most
 * every few seconds, so scraping never loads the database.
 */
@Component
class FederationMetrics implements MeterBinder {

	private static final Duration FRESHNESS = Duration.ofSeconds(5);

	private final LinkStatusReader reader;

	private final LinkTopology topology;

	private final Clock clock;

	private volatile List<LinkStatus> status = List.of();

	private volatile Instant readAt = Instant.EPOCH;

	FederationMetrics(LinkStatusReader reader, LinkTopology topology, Clock clock) {
		this.reader = reader;
		this.topology = topology;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Link link : this.topology.all()) {
			Tags linkTags = Tags.of("peer", link.peer(), "role", link.role().name());
			Gauge
				.builder("ducha.federation.link.connected",
						() -> linkValue(link, (s) -> s.state() == LinkState.CONNECTED ? 1 : 0))
				.tags(linkTags)
				.description("1 when the link is connected")
				.register(registry);
			Gauge.builder("ducha.federation.link.reconnects", () -> linkValue(link, LinkStatus::reconnects))
				.tags(linkTags)
				.register(registry);
			for (var channel : Channels.sentTo(link.role())) {
				Tags tags = linkTags.and("channel", Channels.key(channel), "direction", "OUT");
				channelGauge(registry, "ducha.federation.last.seq", tags, link, (c) -> c.lastSeq());
				channelGauge(registry, "ducha.federation.acked.seq", tags, link, (c) -> c.ackedSeq());
				channelGauge(registry, "ducha.federation.backlog", tags, link, ChannelStatus::backlog);
				channelGauge(registry, "ducha.federation.backlog.age.seconds", tags, link,
						ChannelStatus::oldestUnackedAgeSeconds);
				channelGauge(registry, "ducha.federation.blocked", tags, link, (c) -> c.state().equals("OK") ? 0 : 1);
				channelGauge(registry, "ducha.federation.backlog.alarm", tags, link, (c) -> c.alarm() ? 1 : 0);
				channelGauge(registry, "ducha.federation.quarantined", tags, link, ChannelStatus::quarantined);
			}
			for (var channel : Channels.receivedFrom(link.role())) {
				Tags tags = linkTags.and("channel", Channels.key(channel), "direction", "IN");
				channelGauge(registry, "ducha.federation.applied.seq", tags, link, (c) -> c.appliedSeq());
				channelGauge(registry, "ducha.federation.blocked", tags, link, (c) -> c.state().equals("OK") ? 0 : 1);
				channelGauge(registry, "ducha.federation.quarantined", tags, link, ChannelStatus::quarantined);
			}
		}
	}

	private void channelGauge(MeterRegistry registry, String name, Tags tags, Link link,
			ToDoubleFunction<ChannelStatus> value) {
		String channel = tags.stream().filter((t) -> t.getKey().equals("channel")).findFirst().orElseThrow().getValue();
		String direction = tags.stream()
			.filter((t) -> t.getKey().equals("direction"))
			.findFirst()
			.orElseThrow()
			.getValue();
		Gauge
			.builder(name,
					() -> status(link).flatMap((s) -> s.channels()
						.stream()
						.filter((c) -> c.channel().equals(channel) && c.direction().equals(direction))
						.findFirst()).map((c) -> value.applyAsDouble(c)).orElse(Double.NaN))
			.tags(tags)
			.register(registry);
	}

	private double linkValue(Link link, ToDoubleFunction<LinkStatus> value) {
		return status(link).map((s) -> value.applyAsDouble(s)).orElse(Double.NaN);
	}

	private Optional<LinkStatus> status(Link link) {
		Instant now = this.clock.instant();
		if (Duration.between(this.readAt, now).compareTo(FRESHNESS) > 0) {
			try {
				this.status = this.reader.all();
			}
			catch (RuntimeException ex) {
				this.status = List.of();
			}
			this.readAt = now;
		}
		return this.status.stream().filter((s) -> s.peer().equals(link.peer())).findFirst();
	}

}
