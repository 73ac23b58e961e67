package org.ducha.node.task;

import org.ducha.node.NodeIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human task numbers (督办编号), per issuing node and year: {@code 阳督〔2026〕12号}. The year's
 * counter row is created apart, committed before any approval locks it; an approval then
 * takes the row's exclusive lock with its first statement, so approvals of different
 * tasks wait for one another in turn instead of deadlocking (a shared lock taken by an
 * {@code INSERT IGNORE} on an existing row, then raised to an exclusive one by two
 * transactions at once, deadlocks).
 */
@Component
class TaskNumbers {

	private final JdbcClient jdbc;

	private final NodeIdentity self;

	/** A transaction of its own, to create a year's row before anyone locks it. */
	private final TransactionTemplate yearRows;

	TaskNumbers(JdbcClient jdbc, NodeIdentity self, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.self = self;
		this.yearRows = new TransactionTemplate(transactions);
		this.yearRows.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes the next number of the year in the current transaction; the number is the
	 * transaction's until it ends, and gone with it if it rolls back.
	 */
	String next(int year) {
		// a plain read takes no lock: an UPDATE that found no row would lock the gap
		// where
		// the year's row goes, and the insert of our own new transaction would wait on it
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM task_number WHERE year = ?")
			.param(year)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			this.yearRows.executeWithoutResult(
					(status) -> this.jdbc.sql("INSERT IGNORE INTO task_number (year, last_used) VALUES (?, 0)")
						.param(year)
						.update());
		}
		this.jdbc.sql("UPDATE task_number SET last_used = last_used + 1 WHERE year = ?").param(year).update();
		long number = this.jdbc.sql("SELECT last_used FROM task_number WHERE year = ? FOR UPDATE")
			.param(year)
			.query(Long.class)
			.single();
		return prefix() + "督〔" + year + "〕" + number + "号";
	}

	private String prefix() {
		String name = this.self.name();
		return (name != null && !name.isEmpty() && !name.equals(this.self.code())) ? name.substring(0, 1)
				: this.self.code();
	}

}
