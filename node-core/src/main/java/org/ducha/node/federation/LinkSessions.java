package org.ducha.node.federation;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;

import org.springframework.stereotype.Component;

/**
 * Opens the sessions of this node's links, for the transport (the gRPC adapter, or the
 * tests' in-process pipes), and finds or ends the open one of a link.
 */
@Component
public class LinkSessions {

	private final NodeIdentity self;

	private final LinkTopology topology;

	private final OpenSessions open;

	private final HelloExchange hello;

	private final LinkHalves halves;

	private final LinkAudit audit;

	private final FederationSettings settings;

	private final Clock clock;

	LinkSessions(NodeIdentity self, LinkTopology topology, OpenSessions open, HelloExchange hello, LinkHalves halves,
			LinkAudit audit, FederationSettings settings, Clock clock) {
		this.self = self;
		this.topology = topology;
		this.open = open;
		this.hello = hello;
		this.halves = halves;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens the child's side of the link to its parent and sends its Hello.
	 * @param onOpen called once the parent's Hello was accepted
	 */
	public LinkSession connectToParent(FrameSink sink, Runnable onOpen) {
		Link parent = this.topology.parent()
			.orElseThrow(() -> new IllegalStateException("Node " + this.self.code() + " has no parent"));
		return start(sink, parent, onOpen);
	}

	/**
	 * Opens the parent's side of a stream a child dialled; the child is known by its
	 * Hello.
	 */
	public LinkSession acceptChild(FrameSink sink) {
		return start(sink, null, () -> {
		});
	}

	private LinkSession start(FrameSink sink, Link link, Runnable onOpen) {
		LinkSession session = new LinkSession(sink, link, onOpen, this.hello, this.halves, this.open, this.audit,
				this.settings.helloTimeout(), this.clock);
		this.open.track(session);
		session.start();
		return session;
	}

	/** Ends a link's current stream, if any. */
	public void close(String peer, String reason) {
		this.open.close(peer, reason);
	}

	/** The open session of a link. */
	public Optional<LinkSession> find(String peer) {
		return this.open.find(peer);
	}

	/** Every session, open or still waiting for its Hello. */
	public Collection<LinkSession> all() {
		return this.open.all();
	}

}
