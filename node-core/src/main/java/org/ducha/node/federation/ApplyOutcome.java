package org.ducha.node.federation;

import java.util.List;

/**
 * What became of a batch at its receiver, answered with an Ack or a Nack.
 */
sealed interface ApplyOutcome {

	/**
	 * Everything up to {@code through} is applied and committed, except the entries
	 * quarantined.
	 */
	record Applied(long through, List<QuarantinedEntry> quarantined) implements ApplyOutcome {
	}

	/** Nothing applied; the receiver expects this sequence number next. */
	record Refused(long expected, Refusal refusal, String detail) implements ApplyOutcome {
	}

	/** Why a batch was refused. */
	enum Refusal {

		GAP, EPOCH_MISMATCH, APPLY_FAILED, NOT_ACCEPTING

	}

}
