package org.ducha.node.task;

import org.ducha.node.NodeIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human task numbers (督办编号), per issuing node and year: {@code 阳督〔2026〕12号}.
 */
@Component
class TaskNumbers {

	private final JdbcClient jdbc;

	private final NodeIdentity self;

	TaskNumbers(JdbcClient jdbc, NodeIdentity self) {
		this.jdbc = jdbc;
		this.self = self;
	}

	/** Takes the next number of the year in the current transaction. */
	String next(int year) {
		this.jdbc.sql("INSERT IGNORE INTO task_number (year, last_used) VALUES (?, 0)").param(year).update();
		long last = this.jdbc.sql("SELECT last_used FROM task_number WHERE year = ? FOR UPDATE")
			.param(year)
			.query(Long.class)
			.single();
		this.jdbc.sql("UPDATE task_number SET last_used = ? WHERE year = ?").params(last + 1, year).update();
		return prefix() + "督〔" + year + "〕" + (last + 1) + "号";
	}

	private String prefix() {
		String name = this.self.name();
		return (name != null && !name.isEmpty() && !name.equals(this.self.code())) ? name.substring(0, 1)
				: this.self.code();
	}

}
