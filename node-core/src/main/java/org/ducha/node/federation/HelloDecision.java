package org.ducha.node.federation;

import org.ducha.proto.federation.v1.ResyncReason;

/**
 * What a receiver does with a channel after Hello (docs/protocol.md §5.3): resume from
 * the log, or stop the channel and require a re-sync. Both ends compute it from the same
 * figures.
 */
public sealed interface HelloDecision {

	/**
	 * Decides for one channel.
	 * @param followedEpoch the epoch the receiver follows; null or empty if it never did
	 * @param applied the receiver's last applied sequence number
	 * @param logEpoch the sender's log epoch
	 * @param lastSeq the sender's last written sequence number
	 * @param firstRetained the sender's first stored sequence number
	 * @return the decision
	 */
	static HelloDecision decide(String followedEpoch, long applied, String logEpoch, long lastSeq, long firstRetained) {
		return decide(followedEpoch, applied, logEpoch, lastSeq, firstRetained, false);
	}

	/**
	 * Decides for one channel.
	 * @param stateOfTheWorld whether the channel carries state with versions rather than
	 * a history (the reference channel): a receiver that never followed it needs the
	 * whole state, not only what the log still holds
	 */
	static HelloDecision decide(String followedEpoch, long applied, String logEpoch, long lastSeq, long firstRetained,
			boolean stateOfTheWorld) {
		if (followedEpoch == null || followedEpoch.isEmpty()) {
			if (firstRetained <= 1 && !stateOfTheWorld) {
				return new Resume(1);
			}
			return new Resync(ResyncReason.RESYNC_REASON_NEW_NODE,
					"never followed this log and it starts at " + firstRetained);
		}
		if (!followedEpoch.equals(logEpoch)) {
			return new Resync(ResyncReason.RESYNC_REASON_EPOCH_CHANGED,
					"log epoch changed from " + followedEpoch + " to " + logEpoch);
		}
		if (lastSeq < applied) {
			return new Resync(ResyncReason.RESYNC_REASON_SENDER_REGRESSED,
					"log ends at " + lastSeq + " but " + applied + " was applied");
		}
		if (applied + 1 < firstRetained) {
			return new Resync(ResyncReason.RESYNC_REASON_LOG_TRUNCATED,
					"next needed entry " + (applied + 1) + " was purged; log starts at " + firstRetained);
		}
		return new Resume(applied + 1);
	}

	/**
	 * Decides for one channel, and also compares what the receiver applied last with the
	 * sender's entry at the same position: a sender restored from a backup that wrote
	 * again holds other entries there, and its log cannot be continued (docs/protocol.md,
	 * "Restored nodes"). An unknown fingerprint on either side skips the comparison.
	 * @param appliedFingerprint the receiver's fingerprint of the entry at
	 * {@code applied}
	 * @param logFingerprint the sender's fingerprint of its entry at {@code applied}
	 */
	static HelloDecision decide(String followedEpoch, long applied, String logEpoch, long lastSeq, long firstRetained,
			boolean stateOfTheWorld, String appliedFingerprint, String logFingerprint) {
		HelloDecision decision = decide(followedEpoch, applied, logEpoch, lastSeq, firstRetained, stateOfTheWorld);
		if (decision instanceof Resume && applied > 0 && EntryFingerprint.differ(appliedFingerprint, logFingerprint)) {
			return new Resync(ResyncReason.RESYNC_REASON_SENDER_REGRESSED,
					"log diverged at entry " + applied + ": " + appliedFingerprint + " was applied but the log holds "
							+ logFingerprint + " (restored from a backup and written again)");
		}
		return decision;
	}

	/**
	 * What the receiver knows of the sender's entry at {@code applied} from a Hello: the
	 * fingerprint of the log's last entry when that is the one, unknown otherwise.
	 */
	static String logFingerprintAt(long applied, long lastSeq, String lastFingerprint) {
		return (applied == lastSeq) ? EntryFingerprint.orUnknown(lastFingerprint) : EntryFingerprint.UNKNOWN;
	}

	/** Continue the log at {@code fromSeq}. */
	record Resume(long fromSeq) implements HelloDecision {
	}

	/** The log cannot be continued; a snapshot must replace it. */
	record Resync(ResyncReason reason, String detail) implements HelloDecision {
	}

}
