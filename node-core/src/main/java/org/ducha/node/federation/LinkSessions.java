package org.ducha.node.federation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The open session of each link. A new session for a peer replaces (and closes) the old
 * one, so at most one stream per link carries entries.
 */
@Component
public class LinkSessions {

	private final ConcurrentHashMap<String, LinkSession> byPeer = new ConcurrentHashMap<>();

	/** Sessions whose peer has not said Hello yet; ticked so that they time out. */
	private final java.util.Set<LinkSession> pending = ConcurrentHashMap.newKeySet();

	void track(LinkSession session) {
		this.pending.add(session);
	}

	void register(LinkSession session) {
		this.pending.remove(session);
		LinkSession previous = this.byPeer.put(session.link().peer(), session);
		if (previous != null && previous != session) {
			previous.sink().execute(() -> previous.close("replaced by a newer connection of the same link"));
		}
	}

	void unregister(LinkSession session) {
		this.pending.remove(session);
		if (session.link() != null) {
			this.byPeer.remove(session.link().peer(), session);
		}
	}

	/** Asks a link's session to send what is waiting. */
	public void wake(String peer) {
		LinkSession session = this.byPeer.get(peer);
		if (session != null) {
			session.sink().execute(session::pump);
		}
	}

	/** Ends a link's current stream, if any. */
	public void close(String peer, String reason) {
		LinkSession session = this.byPeer.get(peer);
		if (session != null) {
			session.sink().execute(() -> session.close(reason));
		}
	}

	public Optional<LinkSession> find(String peer) {
		return Optional.ofNullable(this.byPeer.get(peer));
	}

	/** Every session, open or still waiting for its Hello. */
	public Collection<LinkSession> all() {
		List<LinkSession> all = new java.util.ArrayList<>(this.byPeer.values());
		all.addAll(this.pending);
		return all;
	}

}
