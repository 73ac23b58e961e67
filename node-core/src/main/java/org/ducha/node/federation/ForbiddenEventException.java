package org.ducha.node.federation;

/**
 * An entry is about something its sender may not write (docs/protocol.md §7); the whole
 * batch is refused, audited and shown on the link's status.
 */
public class ForbiddenEventException extends RuntimeException {

	public ForbiddenEventException(String message) {
		super(message);
	}

}
