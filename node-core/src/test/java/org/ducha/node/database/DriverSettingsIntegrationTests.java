package org.ducha.node.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver settings reach the node's connections, and with the session state tracked by
 * the driver the server still runs what the node asks: the isolation level, autocommit
 * and read-only it sets through JDBC.
 */
class DriverSettingsIntegrationTests {

	private static TestNode node;

	@BeforeAll
	static void start() {
		node = TestNode.node("441700", NodeLevel.CITY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		node.close();
	}

	@Test
	void givesTheConnectionsTheDriverSettings() throws SQLException {
		HikariDataSource pool = node.bean(DataSource.class).unwrap(HikariDataSource.class);
		assertThat(pool.getDataSourceProperties()).containsEntry("useLocalSessionState", "true")
			.containsEntry("cachePrepStmts", "true")
			.containsEntry("rewriteBatchedStatements", "true");
	}

	@Test
	void theServerFollowsTheSessionStateSetThroughJdbc() throws SQLException {
		try (Connection connection = node.bean(DataSource.class).getConnection()) {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			assertThat(server(connection, "@@session.transaction_isolation")).isEqualTo("REPEATABLE-READ");
			connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			assertThat(server(connection, "@@session.transaction_isolation")).isEqualTo("READ-COMMITTED");
			connection.setAutoCommit(false);
			assertThat(server(connection, "@@session.autocommit")).isEqualTo("0");
			connection.rollback();
			connection.setAutoCommit(true);
			assertThat(server(connection, "@@session.autocommit")).isEqualTo("1");
		}
	}

	@Test
	void aWriteAfterAReadOnlyTransactionIsNotReadOnly() {
		TransactionTemplate readOnly = new TransactionTemplate(
				node.bean(org.springframework.transaction.PlatformTransactionManager.class));
		readOnly.setReadOnly(true);
		JdbcClient jdbc = node.bean(JdbcClient.class);
		for (int i = 0; i < 5; i++) {
			Integer insideReadOnly = readOnly
				.execute((status) -> jdbc.sql("SELECT @@session.transaction_read_only").query(Integer.class).single());
			Integer insideWrite = node.bean(TransactionTemplate.class)
				.execute((status) -> jdbc.sql("SELECT @@session.transaction_read_only").query(Integer.class).single());
			assertThat(insideReadOnly).isEqualTo(1);
			assertThat(insideWrite).isEqualTo(0);
		}
	}

	private static String server(Connection connection, String variable) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT " + variable)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
