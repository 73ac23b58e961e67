package org.ducha.node.federation;

import java.time.Instant;

import org.ducha.proto.federation.v1.Channel;

/**
 * An entry of an outbound log: a delivery waiting for (or past) its acknowledgement.
 *
 * @param peer the link's peer
 * @param channel the log's channel
 * @param seq position in the log; 0 until the entry is written
 * @param eventId the delivery's id at its origin
 * @param originNode where the event was born
 * @param destinationNode where it is going
 * @param occurredAt when it happened at its origin
 * @param eventType the event kind's name, for operators
 * @param payload the serialized {@code Event}, forwarded byte for byte by relays
 */
public record OutboundEntry(String peer, Channel channel, long seq, String eventId, String originNode,
		String destinationNode, Instant occurredAt, String eventType, byte[] payload) {

	/** The entry as it goes on the wire. */
	org.ducha.proto.federation.v1.Entry toEntry() {
		return org.ducha.proto.federation.v1.Entry.newBuilder()
			.setSeq(this.seq)
			.setEventId(this.eventId)
			.setOriginNode(this.originNode)
			.setDestinationNode(this.destinationNode)
			.setOccurredAt(com.google.protobuf.Timestamp.newBuilder()
				.setSeconds(this.occurredAt.getEpochSecond())
				.setNanos(this.occurredAt.getNano()))
			.setEvent(InboundApplier.parse(this.payload))
			.build();
	}

	OutboundEntry withSeq(long seq) {
		return new OutboundEntry(this.peer, this.channel, seq, this.eventId, this.originNode, this.destinationNode,
				this.occurredAt, this.eventType, this.payload);
	}

}
