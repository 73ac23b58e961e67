package org.ducha.node.federation;

/**
 * An entry lacks what every entry must carry, or carries something unreadable.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

}
