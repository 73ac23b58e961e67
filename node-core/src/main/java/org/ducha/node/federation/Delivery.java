package org.ducha.node.federation;

import java.time.Instant;

import org.ducha.proto.federation.v1.Event;

/**
 * An event born at this node, addressed to one other node.
 *
 * @param eventId the delivery's id (a UUID), unique at its origin
 * @param originNode this node
 * @param destinationNode where it goes
 * @param occurredAt when it happened
 * @param event the event
 */
public record Delivery(String eventId, String originNode, String destinationNode, Instant occurredAt, Event event) {
}
