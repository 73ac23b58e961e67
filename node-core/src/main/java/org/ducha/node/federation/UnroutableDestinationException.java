package org.ducha.node.federation;

/**
 * No link of this node leads to the destination node.
 */
public class UnroutableDestinationException extends org.ducha.node.problem.InvalidRequestException {

	public UnroutableDestinationException(String message) {
		super(message);
	}

}
