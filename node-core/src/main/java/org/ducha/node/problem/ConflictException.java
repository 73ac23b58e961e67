package org.ducha.node.problem;

/**
 * The request conflicts with the object's current state, e.g. an illegal transition.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
