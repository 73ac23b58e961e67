package org.ducha.node.database;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A transaction collided with others (a deadlock or a lock wait timeout) at every attempt
 * {@link TransactionRetry} made; nothing of it was written.
 */
public class CollisionException extends PessimisticLockingFailureException {

	private final String operation;

	CollisionException(String operation, int attempts, Throwable cause) {
		super(operation + " collided with other changes " + attempts
				+ " times in a row (a database deadlock or lock wait); nothing was written", cause);
		this.operation = operation;
	}

	/** The operation that collided, e.g. {@code TaskIssuing.approve(0190a…)}. */
	public String operation() {
		return this.operation;
	}

}
