package org.ducha.node.problem;

/**
 * The object does not exist or lies outside what the caller may see; both answer the
 * same.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
