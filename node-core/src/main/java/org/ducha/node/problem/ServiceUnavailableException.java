package org.ducha.node.problem;

/**
 * Something the request needs is not configured or not reachable; trying again later, or
 * configuring it, helps.
 */
public class ServiceUnavailableException extends RuntimeException {

	public ServiceUnavailableException(String message) {
		super(message);
	}

}
