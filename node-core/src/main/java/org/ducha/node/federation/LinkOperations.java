package org.ducha.node.federation;

import java.time.Clock;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.ResyncReason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an operator can do to a link (docs/protocol.md §13.2): pause it, resume it (which
 * also clears blocked channels), and require a re-sync of what this node receives on it.
 */
@Service
public class LinkOperations {

	private final LinkTopology topology;

	private final LinkStore links;

	private final OutboxStore outbox;

	private final InboundStore cursors;

	private final LinkSessions sessions;

	private final AuditTrail audit;

	private final Clock clock;

	private final ParentLinkControl parentLink;

	LinkOperations(LinkTopology topology, LinkStore links, OutboxStore outbox, InboundStore cursors,
			LinkSessions sessions, AuditTrail audit, Clock clock,
			org.springframework.beans.factory.ObjectProvider<ParentLinkControl> parentLink) {
		this.topology = topology;
		this.links = links;
		this.outbox = outbox;
		this.cursors = cursors;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
		this.parentLink = parentLink.getIfAvailable(() -> () -> {
		});
	}

	/** Stops the link: its stream is closed and not opened again until resumed. */
	@Transactional
	public void pause(String peer, String operator) {
		Link link = link(peer);
		this.links.paused(peer, true);
		this.links.state(peer, LinkState.PAUSED, this.clock.instant());
		this.audit.record(AuditCategory.OPERATION, "LINK_PAUSED", operator, link.peer(), "paused by " + operator);
		afterCommit(() -> this.sessions.close(peer, "paused by an operator"));
	}

	/** Lets the link run again and retries channels that were blocked. */
	@Transactional
	public void resume(String peer, String operator) {
		Link link = link(peer);
		this.links.paused(peer, false);
		this.links.state(peer, LinkState.DISCONNECTED, this.clock.instant());
		this.outbox.unblock(peer);
		this.cursors.unblock(peer, this.clock.instant());
		this.audit.record(AuditCategory.OPERATION, "LINK_RESUMED", operator, link.peer(), "resumed by " + operator);
		afterCommit(() -> {
			this.sessions.close(peer, "resumed by an operator: starting afresh");
			if (link.role() == PeerRole.PARENT) {
				this.parentLink.reconnectNow();
			}
		});
	}

	/** Requires a snapshot of everything this node receives on the link. */
	@Transactional
	public void resync(String peer, String operator) {
		Link link = link(peer);
		for (var channel : Channels.receivedFrom(link.role())) {
			this.cursors.requireResync(peer, channel, ResyncReason.RESYNC_REASON_OPERATOR_REQUEST.name(),
					this.clock.instant());
		}
		this.audit.record(AuditCategory.OPERATION, "RESYNC_REQUESTED", operator, link.peer(),
				"re-sync of every channel received from " + peer + " requested by " + operator);
		afterCommit(() -> this.sessions.close(peer, "re-sync requested by an operator"));
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	/**
	 * @throws UnknownLinkException when this node has no link to that peer
	 */
	public void requireLink(String peer) {
		link(peer);
	}

	private Link link(String peer) {
		return this.topology.find(peer).orElseThrow(() -> new UnknownLinkException(peer));
	}

}
