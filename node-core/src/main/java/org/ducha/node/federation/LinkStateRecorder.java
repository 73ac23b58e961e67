package org.ducha.node.federation;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * What the transport records about a link between sessions: that it is paused, or waiting
 * to dial again and why.
 */
@Component
public class LinkStateRecorder {

	private final LinkStore links;

	private final Clock clock;

	LinkStateRecorder(LinkStore links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	public boolean isPaused(String peer) {
		return this.links.find(peer).map(LinkStore.LinkRow::paused).orElse(false);
	}

	/** The stream ended; the child waits before dialling again. */
	public void backoff(String peer, String why) {
		this.links.state(peer, LinkState.BACKOFF, this.clock.instant());
		this.links.reconnected(peer);
		this.links.error(peer, why, this.clock.instant());
	}

}
