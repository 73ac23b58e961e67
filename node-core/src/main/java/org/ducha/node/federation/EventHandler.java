package org.ducha.node.federation;

import java.util.List;

import org.ducha.proto.federation.v1.Event;

/**
 * Applies one kind of business event at this node. Handlers must be idempotent and must
 * never move a fact's revision backwards: the same event may arrive again after a
 * re-sync. A handler that applies its events one at a time extends
 * {@link SingleEventHandler}; one that gains from seeing several at once (one query for a
 * whole batch) implements this interface directly.
 */
public interface EventHandler {

	/** The event kind this handler applies. */
	Event.KindCase kind();

	/**
	 * This kind's row of the authority table (docs/protocol.md §8): its channel, the
	 * directions it travels, who may originate it and what an existing copy never
	 * changes. Every node an entry passes checks the row before the entry reaches
	 * {@link #apply}; the handler itself enforces the immutable facts where it holds a
	 * copy, refusing a violation with {@link ForbiddenEventException}.
	 */
	Authority authority();

	/**
	 * Applies events of this handler's kind inside the receiver's transaction: entries
	 * that follow each other in one batch (or records of one snapshot chunk), in sequence
	 * order, each one already checked for its sender's authority and claimed against
	 * duplicates. An entry that only passes through this node comes alone, since its
	 * forwarding must follow its application.
	 * @param events one or more events, oldest first
	 * @throws ForbiddenEventException when the sender may not state one of these facts
	 * (the receiver then sets that entry aside, rolls back what this call wrote, and
	 * applies the others one by one)
	 * @throws MalformedEventException when one of them cannot be read (likewise)
	 */
	void apply(List<IncomingEvent> events);

}
