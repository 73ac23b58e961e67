package org.ducha.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.testing.TestDatabase;

/**
 * A node's schema on the test database, read directly over JDBC: what the node holds,
 * whatever its REST API says, and whether it is running at all.
 */
public final class NodeSchema {

	private final String code;

	private final String schema;

	/**
	 * The JDBC URL, user and password of a schema on another server; null: the test
	 * database.
	 */
	private final String[] server;

	public NodeSchema(String code, String schema) {
		this.code = code;
		this.schema = schema;
		this.server = null;
	}

	/**
	 * A node's schema on a server of its own (such as the restore drill's MariaDB
	 * server).
	 */
	public NodeSchema(String code, String schema, String url, String user, String password) {
		this.code = code;
		this.schema = schema;
		this.server = new String[] { url, user, password };
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.schema;
	}

	/** The rows of a query, each a map of lower-case column label to value. */
	public List<Map<String, Object>> rows(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				List<Map<String, Object>> rows = new ArrayList<>();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int column = 1; column <= meta.getColumnCount(); column++) {
						row.put(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT),
								result.getObject(column));
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Query on " + this.code + " (" + this.schema + ") failed: " + sql, ex);
		}
	}

	private Connection connect() throws SQLException {
		if (this.server != null) {
			return DriverManager.getConnection(this.server[0], this.server[1], this.server[2]);
		}
		return DriverManager.getConnection(TestDatabase.url(this.schema), TestDatabase.user(), TestDatabase.password());
	}

	/**
	 * Runs one statement that changes rows (a test tampering with a node's data on
	 * purpose, such as a negative control).
	 * @return the rows changed
	 */
	public int update(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Update on " + this.code + " (" + this.schema + ") failed: " + sql, ex);
		}
	}

	/** The first column of every row. */
	public List<String> column(String sql, Object... parameters) {
		return rows(sql, parameters).stream().map((row) -> String.valueOf(row.values().iterator().next())).toList();
	}

	/** A single number. */
	public long number(String sql, Object... parameters) {
		Object value = rows(sql, parameters).get(0).values().iterator().next();
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
