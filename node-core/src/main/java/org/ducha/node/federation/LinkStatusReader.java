package org.ducha.node.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.federation.LinkStatus.ChannelStatus;
import org.ducha.node.federation.LinkStatus.QuarantineSummary;
import org.ducha.node.federation.LinkStore.LinkRow;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the status of every link from the database, where all of it is kept.
 */
@Service
public class LinkStatusReader {

	private final LinkStore links;

	private final OutboxStore outbox;

	private final InboundStore cursors;

	private final QuarantineStore quarantine;

	private final LinkSessions sessions;

	private final FederationSettings settings;

	private final Clock clock;

	LinkStatusReader(LinkStore links, OutboxStore outbox, InboundStore cursors, QuarantineStore quarantine,
			LinkSessions sessions, FederationSettings settings, Clock clock) {
		this.links = links;
		this.outbox = outbox;
		this.cursors = cursors;
		this.quarantine = quarantine;
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LinkStatus> all() {
		Instant now = this.clock.instant();
		Map<String, Instant> oldest = this.outbox.oldestUnacknowledged();
		List<InboundCursor> allCursors = this.cursors.all();
		Map<String, Long> quarantined = new HashMap<>();
		this.quarantine.counts()
			.forEach((count) -> quarantined.put(count.peer() + "/" + count.side() + "/" + count.channel(),
					count.count()));
		Map<String, QuarantinedEntry> latest = new HashMap<>();
		this.quarantine.latest().forEach((entry) -> latest.put(entry.peer(), entry));
		List<LinkStatus> result = new ArrayList<>();
		for (LinkRow row : this.links.all()) {
			List<ChannelStatus> channels = new ArrayList<>();
			for (Channel channel : Channels.sentTo(row.role())) {
				String key = Channels.key(channel);
				LogInfo log = this.outbox.info(row.peer(), channel).orElse(null);
				if (log == null) {
					continue;
				}
				Instant since = oldest.get(row.peer() + "/" + key);
				Duration age = (since != null) ? Duration.between(since, now) : Duration.ZERO;
				boolean alarm = log.lastSeq() - log.ackedSeq() > this.settings.backlogAlarmEntries()
						|| age.compareTo(this.settings.backlogAlarmAge()) > 0;
				channels.add(ChannelStatus.out(key, log, age.isNegative() ? Duration.ZERO : age, alarm,
						quarantined.getOrDefault(row.peer() + "/OUT/" + key, 0L)));
			}
			allCursors.stream()
				.filter((cursor) -> cursor.peer().equals(row.peer()))
				.forEach((cursor) -> channels.add(ChannelStatus.in(cursor,
						quarantined.getOrDefault(row.peer() + "/IN/" + Channels.key(cursor.channel()), 0L))));
			result.add(new LinkStatus(row.peer(), row.role(), row.peerName(), state(row, channels), row.paused(),
					channels, row.lastError(), row.lastErrorAt(), row.reconnects(), row.stateSince(),
					summary(row.peer(), channels, latest.get(row.peer())), row.protocolVersion()));
		}
		return result;
	}

	private static QuarantineSummary summary(String peer, List<ChannelStatus> channels, QuarantinedEntry latest) {
		long received = channels.stream()
			.filter((c) -> c.direction().equals("IN"))
			.mapToLong(ChannelStatus::quarantined)
			.sum();
		long sent = channels.stream()
			.filter((c) -> c.direction().equals("OUT"))
			.mapToLong(ChannelStatus::quarantined)
			.sum();
		return new QuarantineSummary(received, sent, (latest != null) ? latest.reason() : null,
				(latest != null) ? latest.at() : null);
	}

	/** The entries set aside on one link, newest first. */
	@Transactional(readOnly = true)
	public QuarantinePage quarantined(String peer, int page, int size) {
		return new QuarantinePage(this.quarantine.page(peer, page, size), page, size, this.quarantine.count(peer));
	}

	/**
	 * A page of the entries set aside on a link.
	 *
	 * @param items the entries
	 * @param page page number, from 0
	 * @param size page size
	 * @param total how many there are
	 */
	public record QuarantinePage(List<QuarantinedEntry> items, int page, int size, long total) {
	}

	private LinkState state(LinkRow row, List<ChannelStatus> channels) {
		if (row.paused()) {
			return LinkState.PAUSED;
		}
		if (channels.stream().anyMatch((c) -> c.state().equals("BLOCKED"))) {
			return LinkState.BLOCKED;
		}
		if (channels.stream().anyMatch((c) -> c.state().startsWith("RESYNC"))) {
			return LinkState.RESYNC_REQUIRED;
		}
		boolean open = this.sessions.find(row.peer()).map(LinkSession::isOpen).orElse(false);
		if (row.state() == LinkState.CONNECTED && !open) {
			return (row.role() == PeerRole.PARENT) ? LinkState.BACKOFF : LinkState.DISCONNECTED;
		}
		return row.state();
	}

}
