package org.ducha.node.accountability;

/**
 * Where a ladder proposal stands.
 */
public enum ProposalStatus {

	/** Made by the system or a supervisor; waits for a supervisor. */
	PROPOSED,

	/** A supervisor confirmed it; waits for a leader's approval. */
	CONFIRMED,

	/** Declined with a reason (by a supervisor, or a leader instead of approving). */
	DECLINED,

	/** Approved; its step is issued. */
	ISSUED

}
