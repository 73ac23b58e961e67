package org.ducha.gateway.session;

import java.util.List;

/**
 * No token for a node could be had: the realm refused to exchange the session's token for
 * one, or could not be reached. Nothing is sent to the node then, least of all the
 * session's own token.
 */
public final class NodeTokenUnavailable extends RuntimeException {

	private final Reason reason;

	private final List<String> nodes;

	NodeTokenUnavailable(Reason reason, List<String> nodes, String message) {
		super(message);
		this.reason = reason;
		this.nodes = List.copyOf(nodes);
	}

	/** Why there is no token. */
	public Reason reason() {
		return this.reason;
	}

	/** The codes of the nodes the token was asked for, the addressed node first. */
	public List<String> nodes() {
		return this.nodes;
	}

	/** Why there is no token, each answered differently to the browser. */
	public enum Reason {

		/**
		 * The session's own token is no longer valid (the Keycloak session ended): the
		 * gateway session ends too.
		 */
		SESSION_OVER,

		/**
		 * The realm refused the exchange for another reason: the realm or the gateway's
		 * client is configured wrongly for this node.
		 */
		REFUSED,

		/** The realm could not be reached or failed. */
		UNAVAILABLE

	}

}
