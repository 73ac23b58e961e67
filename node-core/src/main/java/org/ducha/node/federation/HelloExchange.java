package org.ducha.node.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.federation.HelloDecision.Resume;
import org.ducha.node.federation.HelloDecision.Resync;
import org.ducha.node.federation.InboundCursor.SnapshotProgress;
import org.ducha.node.federation.OutboundChannel.Mode;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.OutboundLog;
import org.ducha.proto.federation.v1.ResyncReason;
import org.ducha.proto.federation.v1.ResyncRequired;
import org.ducha.proto.federation.v1.SubtreeNode;

/**
 * The Hello of a link session: what each side tells the other, who may say it, and what
 * each channel does next (DESIGN §4.4).
 */
final class HelloExchange {

	/** The protocol version this node speaks. */
	static final int PROTOCOL_VERSION = 1;

	private HelloExchange() {
	}

	/** This node's Hello to a peer. */
	static Hello hello(LinkEngine engine, Link link) {
		Hello.Builder hello = Hello.newBuilder()
			.setNodeCode(engine.self.code())
			.setNodeName(engine.self.name())
			.setProtocolVersion(PROTOCOL_VERSION);
		if (link.role() == PeerRole.CHILD) {
			hello.addAllAncestors(engine.ancestry.codes());
		}
		if (link.role() == PeerRole.PARENT) {
			for (DirectoryNode node : engine.directory.all()) {
				hello.addSubtree(SubtreeNode.newBuilder()
					.setCode(node.code())
					.setName((node.name() != null) ? node.name() : "")
					.setParentCode(node.parentCode()));
			}
		}
		for (Channel channel : Channels.sentTo(link.role())) {
			LogInfo log = engine.logInfo(link, channel);
			hello.addOutbound(OutboundLog.newBuilder()
				.setChannel(channel)
				.setEpoch(log.epoch())
				.setLastSeq(log.lastSeq())
				.setFirstRetainedSeq(log.firstRetainedSeq()));
		}
		for (Channel channel : Channels.receivedFrom(link.role())) {
			InboundCursor cursor = engine.cursors.find(link.peer(), channel).orElseThrow();
			hello.addInbound(org.ducha.proto.federation.v1.InboundCursor.newBuilder()
				.setChannel(channel)
				.setEpoch((cursor.epoch() != null) ? cursor.epoch() : "")
				.setAppliedSeq(cursor.appliedSeq()));
		}
		return hello.build();
	}

	/**
	 * Checks a peer's Hello: the protocol version, that the node is the configured parent
	 * or one of the configured children, that its certificate names it, that the link is
	 * not paused, and that it lists every channel. Records the identity seen and, from a
	 * child, its subtree.
	 * @param known the link when this side dialled it, null on the parent's side
	 * @return the accepted Hello, or null when it was refused (and audited)
	 */
	static Accepted accept(LinkEngine engine, Link known, FrameSink sink, Hello hello) {
		String claimed = hello.getNodeCode();
		Link link = (known != null) ? known : engine.topology.child(claimed).orElse(null);
		Link audited = (link != null) ? link : null;
		if (hello.getProtocolVersion() != PROTOCOL_VERSION) {
			return refuse(engine, audited, "Hello from " + claimed + " speaks protocol version "
					+ hello.getProtocolVersion() + "; this node speaks " + PROTOCOL_VERSION);
		}
		if (link == null) {
			engine.auditAnonymous("HELLO_REFUSED", "node " + claimed + " is not a configured child of "
					+ engine.self.code() + " (certificate names " + sink.certifiedPeer().orElse("nothing") + ")");
			return null;
		}
		if (!link.peer().equals(claimed)) {
			return refuse(engine, link, "expected Hello from " + link.peer() + " but it names " + claimed);
		}
		Optional<String> certified = sink.certifiedPeer();
		if (certified.isPresent() && !certified.get().equals(claimed)) {
			return refuse(engine, link,
					"Hello names node " + claimed + " but its certificate names node " + certified.get());
		}
		String tokenProblem = (link.role() == PeerRole.CHILD) ? tokenProblem(engine, sink, claimed) : null;
		if (tokenProblem != null) {
			return refuse(engine, link, "Hello from " + claimed + " refused: " + tokenProblem);
		}
		Map<Channel, OutboundLog> logs = new EnumMap<>(Channel.class);
		hello.getOutboundList().forEach((log) -> logs.put(log.getChannel(), log));
		Map<Channel, org.ducha.proto.federation.v1.InboundCursor> cursors = new EnumMap<>(Channel.class);
		hello.getInboundList().forEach((cursor) -> cursors.put(cursor.getChannel(), cursor));
		if (!logs.keySet().containsAll(Channels.receivedFrom(link.role()))
				|| !cursors.keySet().containsAll(Channels.sentTo(link.role()))) {
			return refuse(engine, link, "Hello from " + claimed + " does not describe every channel of the link");
		}
		boolean paused = engine.links.find(link.peer()).map(LinkStore.LinkRow::paused).orElse(false);
		if (paused) {
			// not audited: the pause was, and a paused child keeps dialling
			return null;
		}
		Instant now = engine.clock.instant();
		List<String> refusedCodes = new ArrayList<>();
		engine.inTransaction((e) -> {
			if (link.role() == PeerRole.CHILD) {
				List<DirectoryNode> announced = hello.getSubtreeList()
					.stream()
					.map((node) -> new DirectoryNode(node.getCode(), node.getName(), node.getParentCode(), claimed))
					.toList();
				refusedCodes.addAll(e.announcements.childAnnounced(claimed, hello.getNodeName(), announced));
			}
			if (link.role() == PeerRole.PARENT) {
				e.announcements.parentAnnounced(link.peer(), hello.getAncestorsList());
			}
			e.links.hello(link.peer(), hello.getNodeName(), now);
			e.links.state(link.peer(), LinkState.CONNECTED, now);
		});
		engine.audit("HELLO_ACCEPTED", link,
				"node " + claimed + " (" + hello.getNodeName() + ") "
						+ certified.map((c) -> "with a certificate naming " + c).orElse("on a plaintext link")
						+ (sink.bearerToken().isPresent() ? " and a node token naming " + claimed : ""));
		if (!refusedCodes.isEmpty()) {
			engine.audit("ANNOUNCEMENT_REFUSED", link,
					"node " + claimed + " announced nodes it cannot hold: " + String.join(", ", refusedCodes));
		}
		return new Accepted(link, logs, cursors);
	}

	/**
	 * What is wrong with a child's node token: none when one is required, or one that
	 * does not name the child; null when all is well.
	 */
	private static String tokenProblem(LinkEngine engine, FrameSink sink, String claimed) {
		Optional<String> token = sink.bearerToken();
		if (token.isEmpty()) {
			return engine.tokens.isRequired() ? "it presented no node token" : null;
		}
		try {
			String named = engine.tokens.nodeOf(token.get());
			return named.equals(claimed) ? null : "its node token names node " + named;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	private static Accepted refuse(LinkEngine engine, Link link, String why) {
		engine.audit("HELLO_REFUSED", link, why);
		if (link != null) {
			engine.links.error(link.peer(), why, engine.clock.instant());
		}
		return null;
	}

	/** Where this node starts sending a channel, from the cursor the peer reported. */
	static void decideSending(LinkEngine engine, Link link, OutboundChannel state,
			org.ducha.proto.federation.v1.InboundCursor peerCursor) {
		LogInfo log = engine.logInfo(link, state.channel);
		state.epoch = log.epoch();
		if (log.blocked()) {
			state.mode = Mode.BLOCKED;
			return;
		}
		HelloDecision decision = HelloDecision.decide(peerCursor.getEpoch(), peerCursor.getAppliedSeq(), log.epoch(),
				log.lastSeq(), log.firstRetainedSeq(), Channels.isStateOfTheWorld(state.channel));
		if (decision instanceof Resume resume) {
			if (resume.fromSeq() > 1) {
				engine.outbox.acknowledge(link.peer(), state.channel, resume.fromSeq() - 1);
			}
			state.resumeLog(resume.fromSeq());
		}
		else {
			state.mode = Mode.AWAITING_RESYNC;
		}
	}

	/**
	 * Decides every channel this node receives from the peer's logs; returns the re-syncs
	 * to ask for.
	 */
	static List<ResyncRequired> decideReceiving(LinkEngine engine, Link link, Map<Channel, OutboundLog> peerLogs) {
		List<ResyncRequired> requests = new ArrayList<>();
		Instant now = engine.clock.instant();
		for (Channel channel : Channels.receivedFrom(link.role())) {
			OutboundLog log = peerLogs.get(channel);
			InboundCursor cursor = engine.cursors.find(link.peer(), channel).orElseThrow();
			if (cursor.state() == CursorState.RESYNC_REQUIRED || cursor.state() == CursorState.RESYNCING) {
				requests
					.add(resync(channel, reasonOf(cursor.resyncReason()), "re-sync still pending", cursor.snapshot()));
				continue;
			}
			HelloDecision decision = HelloDecision.decide(cursor.epoch(), cursor.appliedSeq(), log.getEpoch(),
					log.getLastSeq(), log.getFirstRetainedSeq(), Channels.isStateOfTheWorld(channel));
			if (decision instanceof Resync resync) {
				engine.cursors.requireResync(link.peer(), channel, resync.reason().name(), now);
				engine.audit("RESYNC_REQUIRED", link, Channels.key(channel) + ": " + resync.detail());
				requests.add(resync(channel, resync.reason(), resync.detail(), null));
			}
			else if (cursor.epoch() == null) {
				engine.cursors.follow(link.peer(), channel, log.getEpoch(), now);
			}
		}
		return requests;
	}

	private static ResyncReason reasonOf(String stored) {
		try {
			return (stored != null) ? ResyncReason.valueOf(stored) : ResyncReason.RESYNC_REASON_OPERATOR_REQUEST;
		}
		catch (IllegalArgumentException ex) {
			return ResyncReason.RESYNC_REASON_UNSPECIFIED;
		}
	}

	private static ResyncRequired resync(Channel channel, ResyncReason reason, String detail,
			SnapshotProgress progress) {
		ResyncRequired.Builder request = ResyncRequired.newBuilder()
			.setChannel(channel)
			.setReason(reason)
			.setDetail(detail);
		if (progress != null) {
			request.setSnapshotId(progress.snapshotId())
				.setResumeAfterKey(progress.lastKey())
				.setResumeEpoch(progress.epoch())
				.setResumeWatermark(progress.watermark());
		}
		return request.build();
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
