package org.ducha.node.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ducha.node.tree.PeerRole;

/**
 * A link as operators see it (docs/protocol.md §13.1).
 *
 * @param peer the other node
 * @param role what the other node is to this one
 * @param peerName its name, once it said Hello
 * @param state the link's state, the worst of its channels
 * @param paused whether an operator paused it
 * @param channels each channel in each direction
 * @param lastError the last error or refusal
 * @param lastErrorAt when
 * @param reconnects how often the child dialled again
 * @param since when the link entered its state
 * @param quarantine the entries set aside on the link, at this end and at the peer's
 * @param protocolVersion the protocol version its session speaks, negotiated in the last
 * Hello (docs/protocol.md §5.6); null before the first
 */
public record LinkStatus(String peer, PeerRole role, String peerName, LinkState state, boolean paused,
		List<ChannelStatus> channels, String lastError, Instant lastErrorAt, long reconnects, Instant since,
		QuarantineSummary quarantine, Integer protocolVersion) {

	/**
	 * The entries set aside on a link (docs/protocol.md §8.3).
	 *
	 * @param received entries of the peer this node quarantined
	 * @param sent entries of this node the peer quarantined (as its Acks said)
	 * @param lastReason why the latest of them was set aside, null when none was
	 * @param lastAt when
	 */
	public record QuarantineSummary(long received, long sent, String lastReason, Instant lastAt) {
	}

	/**
	 * One channel in one direction.
	 *
	 * @param channel its name
	 * @param direction OUT (this node's log) or IN (the peer's log)
	 * @param state OK, BLOCKED, RESYNC_REQUIRED or RESYNCING
	 * @param lastSeq last written (OUT)
	 * @param ackedSeq last acknowledged by the peer (OUT)
	 * @param appliedSeq last applied here (IN)
	 * @param backlog entries not yet acknowledged (OUT)
	 * @param oldestUnackedAgeSeconds age of the oldest of them (OUT)
	 * @param alarm whether the backlog passed an operator threshold
	 * @param lastError the channel's last error
	 * @param quarantined entries set aside: of the peer's here (IN), of this node's at
	 * the peer (OUT)
	 */
	public record ChannelStatus(String channel, String direction, String state, Long lastSeq, Long ackedSeq,
			Long appliedSeq, long backlog, long oldestUnackedAgeSeconds, boolean alarm, String lastError,
			long quarantined) {

		static ChannelStatus out(String channel, LogInfo log, Duration oldest, boolean alarm, long quarantined) {
			return new ChannelStatus(channel, "OUT", log.blocked() ? "BLOCKED" : "OK", log.lastSeq(), log.ackedSeq(),
					null, log.lastSeq() - log.ackedSeq(), oldest.toSeconds(), alarm, log.lastError(), quarantined);
		}

		static ChannelStatus in(InboundCursor cursor, long quarantined) {
			return new ChannelStatus(Channels.key(cursor.channel()), "IN", cursor.state().name(), null, null,
					cursor.appliedSeq(), 0, 0, false, cursor.lastError(), quarantined);
		}

	}

}
