package org.ducha.node.federation;

/**
 * No link of this node has that peer.
 */
public class UnknownLinkException extends org.ducha.node.problem.NotFoundException {

	public UnknownLinkException(String peer) {
		super("This node has no link with node " + peer);
	}

}
