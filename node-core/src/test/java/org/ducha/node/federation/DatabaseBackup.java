package org.ducha.node.federation;

import java.util.List;

import org.ducha.node.divisions.Divisions;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test node's whole database copied aside and put back, as a restore from a backup
 * does: every table goes back together, the applied-event keys and the cursors with the
 * business rows, so what a restored node applied again is deduplicated as it was then.
 */
final class DatabaseBackup {

	private final TestNode node;

	private final String copy;

	private final List<String> tables;

	private DatabaseBackup(TestNode node, String copy, List<String> tables) {
		this.node = node;
		this.copy = copy;
		this.tables = tables;
	}

	/** Copies every table of the node's schema into a schema of its own. */
	static DatabaseBackup take(TestNode node) {
		JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
		String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
		String copy = schema + "_backup";
		List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = ? AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'",
				String.class, schema);
		jdbc.execute("DROP DATABASE IF EXISTS `" + copy + "`");
		jdbc.execute("CREATE DATABASE `" + copy + "`");
		for (String table : tables) {
			jdbc.execute("CREATE TABLE `" + copy + "`.`" + table + "` LIKE `" + table + "`");
			jdbc.execute("INSERT INTO `" + copy + "`.`" + table + "` SELECT * FROM `" + table + "`");
		}
		return new DatabaseBackup(node, copy, tables);
	}

	/**
	 * Replaces every table's rows by the copy's, on one connection with foreign keys off.
	 */
	void restore() {
		this.node.bean(JdbcTemplate.class).execute((java.sql.Connection connection) -> {
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute("SET FOREIGN_KEY_CHECKS = 0");
				try {
					for (String table : this.tables) {
						statement.execute("DELETE FROM `" + table + "`");
						statement
							.execute("INSERT INTO `" + table + "` SELECT * FROM `" + this.copy + "`.`" + table + "`");
					}
				}
				finally {
					statement.execute("SET FOREIGN_KEY_CHECKS = 1");
				}
			}
			return null;
		});
		this.node.bean(Divisions.class).reload();
	}

}
