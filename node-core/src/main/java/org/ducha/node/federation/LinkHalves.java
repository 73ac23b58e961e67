package org.ducha.node.federation;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ducha.node.tree.Link;

import org.springframework.stereotype.Component;

/**
 * Makes the two halves of a session once its Hello is accepted, each with the stores it
 * uses: the sender this node's logs and the snapshots it reads, the receiver the cursors
 * and the applier of the peer's entries.
 */
@Component
class LinkHalves {

	private final OutboxStore logs;

	private final InboundStore cursors;

	private final InboundApplier applier;

	private final Snapshots snapshots;

	private final LinkStore links;

	private final LinkAudit audit;

	private final Quarantine quarantine;

	private final RestoredPeers restored;

	private final FederationSettings settings;

	private final SenderMeters meters;

	private final Clock clock;

	/** The latest receiver of each link, by peer. */
	private final Map<String, LinkReceiver> receivers = new ConcurrentHashMap<>();

	LinkHalves(OutboxStore logs, InboundStore cursors, InboundApplier applier, Snapshots snapshots, LinkStore links,
			LinkAudit audit, Quarantine quarantine, RestoredPeers restored, FederationSettings settings,
			SenderMeters meters, Clock clock) {
		this.restored = restored;
		this.logs = logs;
		this.cursors = cursors;
		this.applier = applier;
		this.snapshots = snapshots;
		this.links = links;
		this.audit = audit;
		this.quarantine = quarantine;
		this.settings = settings;
		this.meters = meters;
		this.clock = clock;
	}

	LinkSender sender(Link link, FrameSink sink) {
		return new LinkSender(link, sink, this.logs, this.snapshots, this.links, this.audit, this.quarantine,
				this.settings, this.meters, this.clock);
	}

	/**
	 * The receiving half of a new session; the link's earlier receiver is retired first
	 * (its lanes closed, and waited for), so that two sessions of a link never apply at
	 * once.
	 */
	LinkReceiver receiver(Link link, FrameSink sink) {
		retire(link);
		LinkReceiver receiver = new LinkReceiver(link, sink, this.applier, this.snapshots, this.cursors,
				this.quarantine, this.audit, this.restored, this.settings, this.clock);
		this.receivers.put(link.peer(), receiver);
		return receiver;
	}

	/** Retires the link's latest receiver, if any: nothing of it is applied any more. */
	void retire(Link link) {
		LinkReceiver previous = this.receivers.remove(link.peer());
		if (previous != null) {
			previous.retire();
		}
	}

}
