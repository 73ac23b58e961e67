package org.ducha.node.task;

import org.ducha.node.NodeIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human task numbers (督办编号), per issuing node and year: {@code 阳督〔2026〕12号}. One
 * statement creates or counts up the year's row and takes its exclusive lock at once, so
 * approvals of different tasks wait for one another in turn instead of deadlocking (an
 * {@code INSERT IGNORE} on an existing row takes a shared lock; two transactions that
 * then both raise it to an exclusive one deadlock). Only the very first numbers of a
 * year, when the row is being created by several approvals at once, may still collide;
 * the transaction is then run again (org.ducha.node.database.TransactionRetry).
 */
@Component
class TaskNumbers {

	private final JdbcClient jdbc;

	private final NodeIdentity self;

	TaskNumbers(JdbcClient jdbc, NodeIdentity self) {
		this.jdbc = jdbc;
		this.self = self;
	}

	/**
	 * Takes the next number of the year in the current transaction; the number is the
	 * transaction's until it ends, and gone with it if it rolls back.
	 */
	String next(int year) {
		this.jdbc
			.sql("INSERT INTO task_number (year, last_used) VALUES (?, 1) "
					+ "ON DUPLICATE KEY UPDATE last_used = last_used + 1")
			.param(year)
			.update();
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
