package org.ducha.node.federation;

/**
 * Told by the {@link Outbox} when entries for a link committed, so that the link's sender
 * sends them without waiting for its next tick.
 */
interface OutboxListener {

	/** Entries for the link to this peer were committed. */
	void appended(String peer);

}
