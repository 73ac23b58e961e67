package org.ducha.node.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ducha.node.federation.LinkStatus.ChannelStatus;
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

	private final LinkSessions sessions;

	private final FederationSettings settings;

	private final Clock clock;

	LinkStatusReader(LinkStore links, OutboxStore outbox, InboundStore cursors, LinkSessions sessions,
			FederationSettings settings, Clock clock) {
		this.links = links;
		this.outbox = outbox;
		this.cursors = cursors;
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LinkStatus> all() {
		Instant now = this.clock.instant();
		Map<String, Instant> oldest = this.outbox.oldestUnacknowledged();
		List<InboundCursor> allCursors = this.cursors.all();
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
				channels.add(ChannelStatus.out(key, log, age.isNegative() ? Duration.ZERO : age, alarm));
			}
			allCursors.stream()
				.filter((cursor) -> cursor.peer().equals(row.peer()))
				.forEach((cursor) -> channels.add(ChannelStatus.in(cursor)));
			result.add(new LinkStatus(row.peer(), row.role(), row.peerName(), state(row, channels), row.paused(),
					channels, row.lastError(), row.lastErrorAt(), row.reconnects(), row.stateSince()));
		}
		return result;
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
