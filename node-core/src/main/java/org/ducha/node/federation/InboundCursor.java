package org.ducha.node.federation;

import org.ducha.proto.federation.v1.Channel;

/**
 * Where this node stands in one of a peer's logs.
 *
 * @param peer the peer
 * @param channel the channel
 * @param epoch the epoch of the log being followed, null before the first Hello
 * @param appliedSeq the last applied sequence number
 * @param state whether entries are accepted
 * @param failures consecutive failed attempts to apply the next batch
 * @param lastError the last failure or refusal
 * @param resyncReason why a re-sync is needed
 * @param snapshot the snapshot being received, if any
 */
public record InboundCursor(String peer, Channel channel, String epoch, long appliedSeq, CursorState state,
		int failures, String lastError, String resyncReason, SnapshotProgress snapshot) {

	/**
	 * A snapshot partly applied.
	 *
	 * @param snapshotId the snapshot
	 * @param epoch the sender's log epoch it belongs to
	 * @param watermark the log position it reflects
	 * @param lastKey the last record applied
	 */
	public record SnapshotProgress(String snapshotId, String epoch, long watermark, String lastKey) {
	}

}
