package org.ducha.node.federation;

import java.time.Instant;

import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Event;

/**
 * An event being applied at this node, with where it came from.
 *
 * @param eventId the delivery's id at its origin
 * @param originNode where the event was born
 * @param destinationNode where it is going
 * @param occurredAt when it happened at its origin
 * @param event the event
 * @param link the link it arrived on
 * @param fromSnapshot whether it is a state record of a re-sync rather than a log entry
 */
public record IncomingEvent(String eventId, String originNode, String destinationNode, Instant occurredAt, Event event,
		Link link, boolean fromSnapshot) {
}
