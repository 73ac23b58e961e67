package org.ducha.node.federation;

import java.time.Instant;

import org.ducha.proto.federation.v1.Event;

/**
 * One state record of a snapshot.
 *
 * @param key position within its contributor, unique and ordered
 * @param eventId id of the delivery it stands for
 * @param originNode node that owns the fact
 * @param destinationNode node it is addressed to
 * @param occurredAt when the fact was stated
 * @param event the fact as an event
 */
public record SnapshotRecord(String key, String eventId, String originNode, String destinationNode, Instant occurredAt,
		Event event) {
}
