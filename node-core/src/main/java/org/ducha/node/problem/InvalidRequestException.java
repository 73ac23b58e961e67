package org.ducha.node.problem;

/**
 * The request is malformed or breaks a rule of its own.
 */
public class InvalidRequestException extends RuntimeException {

	public InvalidRequestException(String message) {
		super(message);
	}

}
