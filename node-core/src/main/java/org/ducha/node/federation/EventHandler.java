package org.ducha.node.federation;

import java.util.Optional;

import org.ducha.proto.federation.v1.Event;

/**
 * Applies one kind of business event at this node. Handlers must be idempotent and must
 * never move a fact's revision backwards: the same event may arrive again after a
 * re-sync.
 */
public interface EventHandler {

	/** The event kind this handler applies. */
	Event.KindCase kind();

	/**
	 * The node whose fact this event states (the issuer of a task, the assignee of a
	 * report), checked against the link it arrives on; empty when only origin and
	 * destination matter.
	 */
	Optional<String> subjectNode(Event event);

	/**
	 * Applies the event inside the receiver's transaction.
	 * @throws ForbiddenEventException when the sender may not state this fact
	 */
	void apply(IncomingEvent event);

}
