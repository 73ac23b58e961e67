package org.ducha.node.problem;

/**
 * The request carries more than this node accepts (an upload over its limit).
 */
public class ContentTooLargeException extends RuntimeException {

	public ContentTooLargeException(String message) {
		super(message);
	}

}
