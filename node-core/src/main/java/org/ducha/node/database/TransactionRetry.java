package org.ducha.node.database;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an application service's transaction again when the database broke a deadlock by
 * rolling it back, or a lock wait timed out (MySQL and MariaDB errors 1213 and 1205):
 * nothing of the failed attempt was written, and the same request usually goes through
 * once the other transaction is done. Only the outermost transaction is run again (a
 * nested one is part of it); after the last attempt the caller gets a
 * {@link CollisionException} that names the operation. An optimistic version that moved
 * on is a real conflict and is never retried.
 */
public final class TransactionRetry implements MethodInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(TransactionRetry.class);

	/** MySQL and MariaDB: deadlock found; lock wait timeout exceeded. */
	private static final int DEADLOCK = 1213;

	private static final int LOCK_WAIT_TIMEOUT = 1205;

	private final int attempts;

	/**
	 * @param attempts how many times a transaction runs at most (1: never again)
	 */
	public TransactionRetry(int attempts) {
		if (attempts < 1) {
			throw new IllegalArgumentException("ducha.transactions.attempts is at least 1");
		}
		this.attempts = attempts;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return invocation.proceed();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return invocation.proceed();
			}
			catch (RuntimeException ex) {
				if (!isLockCollision(ex)) {
					throw ex;
				}
				String operation = describe(invocation);
				if (attempt >= this.attempts) {
					throw new CollisionException(operation, attempt, ex);
				}
				logger.info("{} collided with another transaction (attempt {} of {}): {}; running it again", operation,
						attempt, this.attempts, rootMessage(ex));
				pause(attempt);
			}
		}
	}

	/** Whether a failure is a deadlock or a lock wait timeout, however it was wrapped. */
	public static boolean isLockCollision(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/**
	 * E.g. {@code TaskIssuing.approve(0190a…)}: the service, the method and its first
	 * text.
	 */
	static String describe(MethodInvocation invocation) {
		String subject = "";
		for (Object argument : invocation.getArguments()) {
			if (argument instanceof String text) {
				subject = text;
				break;
			}
		}
		return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName() + "("
				+ subject + ")";
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	/** A short random wait, longer with each attempt, so the colliders part ways. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
