package org.ducha.node.federation;

import java.time.Instant;

import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.QuarantineCause;

/**
 * An entry set aside instead of applied (docs/protocol.md §8.3), by this node or, as its
 * Ack said, by the peer.
 *
 * @param side {@code IN} when this node refused what its peer sent, {@code OUT} when the
 * peer refused what this node sent
 * @param peer the other end of the link
 * @param channel the channel it travelled on
 * @param seq its place in the log; 0 for a snapshot record
 * @param eventId its event id, as it came
 * @param originNode its origin, as it came
 * @param destinationNode its destination, when known
 * @param eventType its kind, when known
 * @param cause {@code FORBIDDEN}, {@code MALFORMED} or {@code NOT_HELD}
 * @param reason why
 * @param at when it was set aside (or learnt of)
 */
public record QuarantinedEntry(String side, String peer, Channel channel, long seq, String eventId, String originNode,
		String destinationNode, String eventType, String cause, String reason, Instant at) {

	/** Side of an entry this node refused. */
	public static final String IN = "IN";

	/** Side of an entry this node sent and the peer refused. */
	public static final String OUT = "OUT";

	/** Outside the sender's authority. */
	public static final String FORBIDDEN = "FORBIDDEN";

	/** Unreadable or incomplete. */
	public static final String MALFORMED = "MALFORMED";

	/**
	 * Addressed to this node and about a record this node should hold and does not: lost
	 * in a restore from an older backup, or never recorded.
	 */
	public static final String NOT_HELD = "NOT_HELD";

	/** The cause a peer named on the wire. */
	static String cause(QuarantineCause cause) {
		return switch (cause) {
			case QUARANTINE_CAUSE_MALFORMED -> MALFORMED;
			case QUARANTINE_CAUSE_NOT_HELD -> NOT_HELD;
			default -> FORBIDDEN;
		};
	}

	/** What the Ack or Progress frame tells the sender of it. */
	org.ducha.proto.federation.v1.QuarantinedEntry toWire() {
		return org.ducha.proto.federation.v1.QuarantinedEntry.newBuilder()
			.setSeq(this.seq)
			.setEventId(this.eventId)
			.setOriginNode(this.originNode)
			.setCause(switch (this.cause) {
				case MALFORMED -> QuarantineCause.QUARANTINE_CAUSE_MALFORMED;
				case NOT_HELD -> QuarantineCause.QUARANTINE_CAUSE_NOT_HELD;
				default -> QuarantineCause.QUARANTINE_CAUSE_FORBIDDEN;
			})
			.setReason(this.reason)
			.build();
	}

}
