package org.ducha.node.federation;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.LinkTokenVerifier;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.TreeAnnouncements;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.SnapshotChunk;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens link sessions and gives them the node's stores: everything a session does to the
 * database goes through here.
 */
@Component
public class LinkEngine {

	final NodeIdentity self;

	final LinkTopology topology;

	final FederationSettings settings;

	final Clock clock;

	final LinkSessions sessions;

	final OutboxStore outbox;

	final InboundStore cursors;

	final InboundApplier applier;

	final Snapshots snapshots;

	final Directory directory;

	final LinkStore links;

	final LinkTokenVerifier tokens;

	final Ancestry ancestry;

	final TreeAnnouncements announcements;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	LinkEngine(NodeIdentity self, LinkTopology topology, FederationSettings settings, Clock clock,
			LinkSessions sessions, OutboxStore outbox, InboundStore cursors, InboundApplier applier,
			Snapshots snapshots, Directory directory, LinkStore links, LinkTokenVerifier tokens, Ancestry ancestry,
			TreeAnnouncements announcements, AuditTrail audit, PlatformTransactionManager transactions) {
		this.self = self;
		this.topology = topology;
		this.settings = settings;
		this.clock = clock;
		this.sessions = sessions;
		this.outbox = outbox;
		this.cursors = cursors;
		this.applier = applier;
		this.snapshots = snapshots;
		this.directory = directory;
		this.links = links;
		this.tokens = tokens;
		this.ancestry = ancestry;
		this.announcements = announcements;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Opens the child's side of the link to its parent and sends its Hello.
	 * @param onOpen called once the parent's Hello was accepted
	 */
	public LinkSession connectToParent(FrameSink sink, Runnable onOpen) {
		Link parent = this.topology.parent()
			.orElseThrow(() -> new IllegalStateException("Node " + this.self.code() + " has no parent"));
		LinkSession session = new LinkSession(this, sink, parent, onOpen);
		this.sessions.track(session);
		session.start();
		return session;
	}

	/**
	 * Opens the parent's side of a stream a child dialled; the child is known by its
	 * Hello.
	 */
	public LinkSession acceptChild(FrameSink sink) {
		LinkSession session = new LinkSession(this, sink, null, () -> {
		});
		this.sessions.track(session);
		session.start();
		return session;
	}

	List<OutboundEntry> read(Link link, Channel channel, long fromSeq) {
		return this.outbox.read(link.peer(), channel, fromSeq, this.settings.batchEntries(),
				this.settings.batchBytes());
	}

	LogInfo logInfo(Link link, Channel channel) {
		return this.outbox.info(link.peer(), channel)
			.orElseThrow(() -> new IllegalStateException("No log for " + link.peer() + "/" + Channels.key(channel)));
	}

	ApplyOutcome apply(Link link, Channel channel, String epoch, List<Entry> entries) {
		return this.applier.apply(link, channel, epoch, entries);
	}

	SnapshotChunk snapshotChunk(Link link, Channel channel, String snapshotId, String epoch, long watermark,
			String afterKey) {
		return this.snapshots.chunk(link, channel, snapshotId, epoch, watermark, afterKey,
				this.settings.snapshotChunkRecords());
	}

	Boolean applySnapshot(Link link, SnapshotChunk chunk) {
		return this.snapshots.apply(link, chunk);
	}

	void inTransaction(Consumer<LinkEngine> work) {
		this.transaction.executeWithoutResult((status) -> work.accept(this));
	}

	void audit(String action, Link link, String detail) {
		this.audit.record(AuditCategory.LINK, action, (link != null) ? "node:" + link.peer() : "system",
				(link != null) ? link.peer() : null, detail);
	}

	void auditAnonymous(String action, String detail) {
		this.audit.record(AuditCategory.LINK, action, "unidentified peer", null, detail);
	}

}
