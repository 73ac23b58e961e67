package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.security.LinkTokenVerifier;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.tree.TreeAnnouncements;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.OutboundLog;
import org.ducha.proto.federation.v1.SubtreeNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Hello of a link session: what each side tells the other and who may say it
 * (docs/protocol.md §5). What each channel does next is decided by the session's halves
 * from the figures exchanged here.
 */
@Component
class HelloExchange {

	/**
	 * The protocol version this node's Hello is written in: the oldest it speaks, which
	 * every peer accepts (docs/protocol.md §5.6).
	 */
	static final int PROTOCOL_VERSION = 1;

	/**
	 * The highest protocol version this node speaks: 2 adds fingerprints to the Hello and
	 * the replay of parked events (docs/protocol.md §5.6).
	 */
	static final int MAX_PROTOCOL_VERSION = 2;

	private final NodeIdentity self;

	private final LinkTopology topology;

	private final Ancestry ancestry;

	private final TreeAnnouncements announcements;

	private final LinkStore links;

	private final OutboxStore logs;

	private final InboundStore cursors;

	private final LinkTokenVerifier tokens;

	private final LinkAudit audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HelloExchange(NodeIdentity self, LinkTopology topology, Ancestry ancestry, TreeAnnouncements announcements,
			LinkStore links, OutboxStore logs, InboundStore cursors, LinkTokenVerifier tokens, LinkAudit audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.self = self;
		this.topology = topology;
		this.ancestry = ancestry;
		this.announcements = announcements;
		this.links = links;
		this.logs = logs;
		this.cursors = cursors;
		this.tokens = tokens;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** This node's Hello to a peer. */
	Hello hello(Link link) {
		Hello.Builder hello = Hello.newBuilder()
			.setNodeCode(this.self.code())
			.setNodeName(this.self.name())
			.setProtocolVersion(PROTOCOL_VERSION)
			.setMaxProtocolVersion(MAX_PROTOCOL_VERSION);
		if (link.role() == PeerRole.CHILD) {
			hello.addAllAncestors(this.ancestry.codes());
		}
		if (link.role() == PeerRole.PARENT) {
			for (DirectoryNode node : this.announcements.announceable()) {
				hello.addSubtree(SubtreeNode.newBuilder()
					.setCode(node.code())
					.setName((node.name() != null) ? node.name() : "")
					.setParentCode(node.parentCode()));
			}
		}
		for (Channel channel : Channels.sentTo(link.role())) {
			LogInfo log = this.logs.require(link.peer(), channel);
			hello.addOutbound(OutboundLog.newBuilder()
				.setChannel(channel)
				.setEpoch(log.epoch())
				.setLastSeq(log.lastSeq())
				.setFirstRetainedSeq(log.firstRetainedSeq())
				.setLastFingerprint(this.logs.fingerprintAt(link.peer(), channel, log.lastSeq()))
				.setAckedSeq(log.ackedSeq()));
		}
		for (Channel channel : Channels.receivedFrom(link.role())) {
			InboundCursor cursor = this.cursors.find(link.peer(), channel).orElseThrow();
			hello.addInbound(org.ducha.proto.federation.v1.InboundCursor.newBuilder()
				.setChannel(channel)
				.setEpoch((cursor.epoch() != null) ? cursor.epoch() : "")
				.setAppliedSeq(cursor.appliedSeq())
				.setAppliedFingerprint(this.cursors.appliedFingerprint(link.peer(), channel)));
		}
		return hello.build();
	}

	/**
	 * Checks a peer's Hello: the protocol version, that the node is the configured parent
	 * or one of the configured children, that its certificate names it, that the link is
	 * not paused, that it lists every channel, and that a child announces only what the
	 * division registry places under it. Records the identity seen and, from a child, its
	 * subtree.
	 * @param known the link when this side dialled it, null on the parent's side
	 * @return the accepted Hello, or null when it was refused (and audited)
	 */
	Accepted accept(Link known, FrameSink sink, Hello hello) {
		String claimed = hello.getNodeCode();
		Link link = (known != null) ? known : this.topology.child(claimed).orElse(null);
		Link audited = (link != null) ? link : null;
		String versionProblem = versionProblem(hello);
		if (versionProblem != null) {
			return refuse(audited, versionProblem);
		}
		if (link == null) {
			this.audit.anonymous("HELLO_REFUSED", "node " + claimed + " is not a configured child of "
					+ this.self.code() + " (certificate names " + sink.certifiedPeer().orElse("nothing") + ")");
			return null;
		}
		if (!link.peer().equals(claimed)) {
			return refuse(link, "expected Hello from " + link.peer() + " but it names " + claimed);
		}
		Optional<String> certified = sink.certifiedPeer();
		if (certified.isPresent() && !certified.get().equals(claimed)) {
			return refuse(link, "Hello names node " + claimed + " but its certificate names node " + certified.get());
		}
		String tokenProblem = (link.role() == PeerRole.CHILD) ? tokenProblem(sink, claimed) : null;
		if (tokenProblem != null) {
			return refuse(link, "Hello from " + claimed + " refused: " + tokenProblem);
		}
		Map<Channel, OutboundLog> logs = new EnumMap<>(Channel.class);
		hello.getOutboundList().forEach((log) -> logs.put(log.getChannel(), log));
		Map<Channel, org.ducha.proto.federation.v1.InboundCursor> cursors = new EnumMap<>(Channel.class);
		hello.getInboundList().forEach((cursor) -> cursors.put(cursor.getChannel(), cursor));
		if (!logs.keySet().containsAll(Channels.receivedFrom(link.role()))
				|| !cursors.keySet().containsAll(Channels.sentTo(link.role()))) {
			return refuse(link, "Hello from " + claimed + " does not describe every channel of the link");
		}
		boolean paused = this.links.find(link.peer()).map(LinkStore.LinkRow::paused).orElse(false);
		if (paused) {
			// not audited: the pause was, and a paused child keeps dialling
			return null;
		}
		List<DirectoryNode> announced = hello.getSubtreeList()
			.stream()
			.map((node) -> new DirectoryNode(node.getCode(),
					// a node its announcer knows by code only (not yet said Hello) has no
					// name
					// yet, not an empty one: features fall back to its code
					Wire.orNull(node.getName()), node.getParentCode(), claimed))
			.toList();
		if (link.role() == PeerRole.CHILD) {
			// a child that announces what it cannot hold is not believed at all
			// (docs/protocol.md §5.2): nothing of its Hello is recorded
			Optional<String> refusal = this.announcements.refusal(claimed, announced);
			if (refusal.isPresent()) {
				this.audit.security("ANNOUNCEMENT_REFUSED", link, refusal.get());
				return refuse(link, "Hello from " + claimed + " refused: " + refusal.get());
			}
		}
		Instant now = this.clock.instant();
		List<String> refusedCodes = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> {
			if (link.role() == PeerRole.CHILD) {
				refusedCodes.addAll(this.announcements.childAnnounced(claimed, hello.getNodeName(), announced));
			}
			if (link.role() == PeerRole.PARENT) {
				this.announcements.parentAnnounced(link.peer(), hello.getAncestorsList());
			}
			this.links.hello(link.peer(), hello.getNodeName(), now);
			this.links.version(link.peer(), negotiated(hello));
			this.links.state(link.peer(), LinkState.CONNECTED, now);
		});
		this.audit.record("HELLO_ACCEPTED", link,
				"node " + claimed + " (" + hello.getNodeName() + ") "
						+ certified.map((c) -> "with a certificate naming " + c).orElse("on a plaintext link")
						+ (sink.bearerToken().isPresent() ? " and a node token naming " + claimed : "")
						+ ", speaking protocol version " + negotiated(hello));
		if (!refusedCodes.isEmpty()) {
			this.audit.record("ANNOUNCEMENT_REFUSED", link,
					"node " + claimed + " announced nodes it cannot hold: " + String.join(", ", refusedCodes));
		}
		return new Accepted(link, logs, cursors);
	}

	/**
	 * Why a Hello's protocol version is refused: a Hello written in a version above this
	 * node's highest, or in none (docs/protocol.md §5.6).
	 * @return the reason, null when it is accepted
	 */
	static String versionProblem(Hello hello) {
		int version = hello.getProtocolVersion();
		if (version >= 1 && version <= MAX_PROTOCOL_VERSION) {
			return null;
		}
		return "Hello from " + hello.getNodeCode() + " speaks protocol version " + version
				+ "; this node speaks versions 1 to " + MAX_PROTOCOL_VERSION;
	}

	/**
	 * The protocol version a session speaks: the lower of both ends' highest, where a
	 * peer that does not announce its highest (a node older than the field) speaks 1.
	 */
	static int negotiated(Hello peer) {
		int peerMax = Math.max(1, Math.max(peer.getMaxProtocolVersion(), peer.getProtocolVersion()));
		return Math.min(MAX_PROTOCOL_VERSION, peerMax);
	}

	/**
	 * What is wrong with a child's node token: none when one is required, or one that
	 * does not name the child; null when all is well.
	 */
	private String tokenProblem(FrameSink sink, String claimed) {
		Optional<String> token = sink.bearerToken();
		if (token.isEmpty()) {
			return this.tokens.isRequired() ? "it presented no node token" : null;
		}
		try {
			String named = this.tokens.nodeOf(token.get());
			return named.equals(claimed) ? null : "its node token names node " + named;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	private Accepted refuse(Link link, String why) {
		this.audit.record("HELLO_REFUSED", link, why);
		if (link != null) {
			this.links.error(link.peer(), why, this.clock.instant());
		}
		return null;
	}

	/**
	 * A Hello that passed the checks.
	 *
	 * @param link the link it opens
	 * @param peerLogs the peer's logs by channel
	 * @param peerCursors the peer's cursors in this node's logs, by channel
	 */
	record Accepted(Link link, Map<Channel, OutboundLog> peerLogs,
			Map<Channel, org.ducha.proto.federation.v1.InboundCursor> peerCursors) {
	}

}
