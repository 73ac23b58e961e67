package org.ducha.node.database;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retry of colliding transactions: a deadlock or a lock wait timeout, however the
 * data layer wrapped it, runs the outermost transaction again, a bounded number of times;
 * anything else, an optimistic version that moved on included, is answered at once.
 */
class TransactionRetryTests {

	@AfterEach
	void noTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	/** A service method that fails with the given failures, in order, then succeeds. */
	private static final class Approval implements MethodInvocation {

		private final Deque<RuntimeException> failures;

		private int runs;

		Approval(RuntimeException... failures) {
			this.failures = new ArrayDeque<>(java.util.List.of(failures));
		}

		@Override
		public Object proceed() {
			this.runs++;
			if (!this.failures.isEmpty()) {
				throw this.failures.pop();
			}
			return "issued";
		}

		@Override
		public Method getMethod() {
			try {
				return Approval.class.getDeclaredMethod("approve", String.class);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public Object[] getArguments() {
			return new Object[] { "0190a000-0000-7000-8000-000000000009" };
		}

		@Override
		public Object getThis() {
			return this;
		}

		@Override
		public AccessibleObject getStaticPart() {
			return getMethod();
		}

		String approve(String taskId) {
			return taskId;
		}

	}

	private static RuntimeException deadlock() {
		return new DeadlockLoserDataAccessException("Deadlock found when trying to get lock",
				new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
	}

	/** As Spring Data JDBC wraps it: a generic failure whose cause is the driver's. */
	private static RuntimeException wrappedLockWait() {
		return new IllegalStateException("Failed to execute InsertRoot",
				new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
	}

	@Test
	void aDeadlockedTransactionRunsAgainUntilItGoesThrough() throws Throwable {
		Approval approval = new Approval(deadlock(), wrappedLockWait());
		assertThat(new TransactionRetry(3).invoke(approval)).isEqualTo("issued");
		assertThat(approval.runs).isEqualTo(3);
	}

	@Test
	void afterTheLastAttemptTheCallerLearnsWhichOperationCollided() {
		Approval approval = new Approval(deadlock(), deadlock(), deadlock());
		assertThatThrownBy(() -> new TransactionRetry(3).invoke(approval)).isInstanceOf(CollisionException.class)
			.hasMessageContaining("Approval.approve(0190a000-0000-7000-8000-000000000009)")
			.hasMessageContaining("3 times");
		assertThat(approval.runs).isEqualTo(3);
	}

	/** The negative control: one attempt only, and the deadlock reaches the caller. */
	@Test
	void withASingleAttemptADeadlockReachesTheCaller() {
		Approval approval = new Approval(deadlock());
		assertThatThrownBy(() -> new TransactionRetry(1).invoke(approval)).isInstanceOf(CollisionException.class);
		assertThat(approval.runs).isEqualTo(1);
	}

	@Test
	void aVersionThatMovedOnOrAnyOtherFailureIsNotRetried() {
		Approval stale = new Approval(new OptimisticLockingFailureException("version moved on"));
		assertThatThrownBy(() -> new TransactionRetry(3).invoke(stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(stale.runs).isEqualTo(1);
		Approval duplicate = new Approval(new DataIntegrityViolationException("duplicate"));
		assertThatThrownBy(() -> new TransactionRetry(3).invoke(duplicate))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(duplicate.runs).isEqualTo(1);
	}

	/** A nested transaction is part of the outer one: only the outermost runs again. */
	@Test
	void aTransactionInsideAnotherIsLeftToTheOuterOne() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		Approval nested = new Approval(deadlock());
		assertThatThrownBy(() -> new TransactionRetry(3).invoke(nested))
			.isInstanceOf(DeadlockLoserDataAccessException.class);
		assertThat(nested.runs).isEqualTo(1);
	}

}
