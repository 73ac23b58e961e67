package org.ducha.node.federation;

/**
 * State of a link as operators see it (docs/protocol.md §13.1).
 */
public enum LinkState {

	/** Never connected since this node started, or the child is not connected. */
	DISCONNECTED,

	/** Hello exchanged; entries flow. */
	CONNECTED,

	/** The child waits before dialling again. */
	BACKOFF,

	/** An operator paused the link. */
	PAUSED,

	/** A channel refused an entry and waits for an operator. */
	BLOCKED,

	/** A channel cannot resume from the log and waits for a snapshot. */
	RESYNC_REQUIRED

}
