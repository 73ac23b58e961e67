package org.ducha.node.federation;

/**
 * What became of a batch at its receiver, answered with an Ack or a Nack.
 */
sealed interface ApplyOutcome {

	/** Everything up to {@code through} is applied and committed. */
	record Applied(long through) implements ApplyOutcome {
	}

	/** Nothing applied; the receiver expects this sequence number next. */
	record Refused(long expected, Refusal refusal, String detail) implements ApplyOutcome {
	}

	/** Why a batch was refused. */
	enum Refusal {

		GAP, EPOCH_MISMATCH, MALFORMED, FORBIDDEN, APPLY_FAILED, NOT_ACCEPTING

	}

}
