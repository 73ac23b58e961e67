package org.ducha.node.divisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's records set after the bundled version 0, one per code (the latest), and
 * the province's version counter.
 */
@Repository
class DivisionStore {

	private final JdbcClient jdbc;

	DivisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DivisionRecord> all() {
		return this.jdbc
			.sql("SELECT code, name, parent_code, retired, version, reason, changed_by, changed_at, "
					+ "origin_node FROM division ORDER BY code")
			.query(DivisionStore::record)
			.list();
	}

	/** The version of the record held for a code, 0 when only the bundled one is. */
	long versionOf(String code) {
		return this.jdbc.sql("SELECT version FROM division WHERE code = ?")
			.param(code)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Locks the province's counter and hands out the next version. */
	long nextVersion() {
		long version = this.jdbc.sql("SELECT version FROM division_registry WHERE id = 1 FOR UPDATE")
			.query(Long.class)
			.single() + 1;
		this.jdbc.sql("UPDATE division_registry SET version = ? WHERE id = 1").param(version).update();
		return version;
	}

	/** Replaces the record of a code, in the current transaction. */
	void replace(DivisionRecord record) {
		this.jdbc.sql("DELETE FROM division WHERE code = ?").param(record.code()).update();
		this.jdbc
			.sql("INSERT INTO division (code, name, parent_code, retired, version, reason, changed_by, "
					+ "changed_at, origin_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(record.code(), record.name(), record.parentCode(), record.retired(), record.version(),
					record.reason(), record.changedBy(), Timestamp.from(record.changedAt()), record.originNode())
			.update();
	}

	private static DivisionRecord record(ResultSet rs, int row) throws SQLException {
		return new DivisionRecord(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
				rs.getBoolean("retired"), rs.getLong("version"), rs.getString("reason"), rs.getString("changed_by"),
				rs.getTimestamp("changed_at").toInstant(), rs.getString("origin_node"));
	}

}
