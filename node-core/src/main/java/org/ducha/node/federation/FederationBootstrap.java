package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;

import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.tree.TreeAnnouncements;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure every configured link has its row, its outbound logs (each with an epoch)
 * and its inbound cursors before anything is written or received.
 */
@Component
public class FederationBootstrap implements InitializingBean {

	private final LinkTopology topology;

	private final LinkStore links;

	private final OutboxStore outbox;

	private final InboundStore cursors;

	private final Directory directory;

	private final TreeAnnouncements announcements;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FederationBootstrap(LinkTopology topology, LinkStore links, OutboxStore outbox, InboundStore cursors,
			Directory directory, TreeAnnouncements announcements, PlatformTransactionManager transactions,
			Clock clock) {
		this.topology = topology;
		this.links = links;
		this.outbox = outbox;
		this.cursors = cursors;
		this.directory = directory;
		this.announcements = announcements;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		ensureLinks();
	}

	/** Creates what is missing; safe to call again (after a test resets the schema). */
	public void ensureLinks() {
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			for (Link link : this.topology.all()) {
				this.links.ensure(link, now);
				Channels.sentTo(link.role()).forEach((channel) -> this.outbox.ensureLog(link.peer(), channel, now));
				Channels.receivedFrom(link.role()).forEach((channel) -> this.cursors.ensure(link.peer(), channel, now));
				if (link.role() == PeerRole.CHILD) {
					this.announcements.childConfigured(link.peer());
				}
			}
		});
		this.directory.reload();
	}

}
