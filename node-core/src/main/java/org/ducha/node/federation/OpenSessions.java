package org.ducha.node.federation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ducha.node.tree.PeerRole;

import org.springframework.stereotype.Component;

/**
 * The open session of each link. A new session for a peer replaces (and closes) the old
 * one, so at most one stream per link carries entries. Wakes a link's session when the
 * outbox committed entries for it.
 */
@Component
class OpenSessions implements OutboxListener {

	private final ConcurrentHashMap<String, LinkSession> byPeer = new ConcurrentHashMap<>();

	/** Sessions whose peer has not said Hello yet; ticked so that they time out. */
	private final Set<LinkSession> pending = ConcurrentHashMap.newKeySet();

	private final LinkStore links;

	private final Clock clock;

	OpenSessions(LinkStore links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	void track(LinkSession session) {
		this.pending.add(session);
	}

	/** The session's peer said Hello: it becomes the link's session. */
	void register(LinkSession session) {
		this.pending.remove(session);
		LinkSession previous = this.byPeer.put(session.link().peer(), session);
		if (previous != null && previous != session) {
			previous.sink().execute(() -> previous.close("replaced by a newer connection of the same link"));
		}
	}

	/**
	 * The session ended; a child's link without another session is disconnected.
	 */
	void closed(LinkSession session) {
		this.pending.remove(session);
		if (session.link() == null) {
			return;
		}
		this.byPeer.remove(session.link().peer(), session);
		if (session.link().role() == PeerRole.CHILD && find(session.link().peer()).isEmpty()) {
			this.links.state(session.link().peer(), LinkState.DISCONNECTED, this.clock.instant());
		}
	}

	@Override
	public void appended(String peer) {
		LinkSession session = this.byPeer.get(peer);
		if (session != null) {
			session.sink().execute(session::pump);
		}
	}

	/** Ends a link's current stream, if any. */
	void close(String peer, String reason) {
		LinkSession session = this.byPeer.get(peer);
		if (session != null) {
			session.sink().execute(() -> session.close(reason));
		}
	}

	Optional<LinkSession> find(String peer) {
		return Optional.ofNullable(this.byPeer.get(peer));
	}

	/** Every session, open or still waiting for its Hello. */
	Collection<LinkSession> all() {
		List<LinkSession> all = new ArrayList<>(this.byPeer.values());
		all.addAll(this.pending);
		return all;
	}

}
