package org.ducha.node.task;

import org.ducha.node.problem.ConflictException;

/**
 * A transition its object's current state does not allow.
 */
public class IllegalTransitionException extends ConflictException {

	public IllegalTransitionException(String message) {
		super(message);
	}

}
