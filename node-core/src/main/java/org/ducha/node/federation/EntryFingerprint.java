package org.ducha.node.federation;

/**
 * What identifies one entry of a log across a restore: its event id and destination node.
 * The same sequence number with another fingerprint on both sides of a link means the
 * sender's log was restored from a backup and wrote again (docs/protocol.md, "Restored
 * nodes"). The empty fingerprint means "not known" and is never compared.
 */
final class EntryFingerprint {

	/** Not known: an older peer, nothing written or applied yet, or a re-sync since. */
	static final String UNKNOWN = "";

	private EntryFingerprint() {
	}

	static String of(String eventId, String destinationNode) {
		return eventId + "@" + destinationNode;
	}

	/** Whether two fingerprints are both known and name different entries. */
	static boolean differ(String one, String other) {
		return known(one) && known(other) && !one.equals(other);
	}

	static boolean known(String fingerprint) {
		return fingerprint != null && !fingerprint.isEmpty();
	}

	static String orUnknown(String fingerprint) {
		return known(fingerprint) ? fingerprint : UNKNOWN;
	}

}
