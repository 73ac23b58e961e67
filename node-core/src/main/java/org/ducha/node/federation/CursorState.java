package org.ducha.node.federation;

/**
 * Whether a channel's receiver accepts log entries.
 */
public enum CursorState {

	/** Applying entries in order. */
	OK,

	/** An entry failed too often or was refused; an operator must act. */
	BLOCKED,

	/** The log cannot be resumed; waiting for the sender's snapshot. */
	RESYNC_REQUIRED,

	/** Snapshot chunks are being applied. */
	RESYNCING

}
