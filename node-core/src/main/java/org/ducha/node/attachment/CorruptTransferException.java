package org.ducha.node.attachment;

/**
 * Received bytes whose size or SHA-256 is not what they were sent as; they are dropped
 * and the transfer starts again.
 */
public class CorruptTransferException extends RuntimeException {

	public CorruptTransferException(String message) {
		super(message);
	}

}
