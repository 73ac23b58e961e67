package org.ducha.node.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestDatabase;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose trail was written before it was a chain: on its next start the migration
 * chains the old records in the order they were written, deterministically, and new
 * records follow them.
 */
class AuditChainMigrationIntegrationTests {

	private static final List<ChainEntry> OLD = List.of(
			new ChainEntry(0, Instant.parse("2026-01-05T02:00:00.000001Z"), "LINK", "HELLO_REFUSED",
					"unidentified peer", null, "certificate names 441799"),
			new ChainEntry(0, Instant.parse("2026-01-05T02:00:00Z"), "OPERATION", "LINK_PAUSED", "运维员", "441704", null),
			new ChainEntry(0, Instant.parse("2026-01-06T09:30:15.250000Z"), "REFERENCE", "CALENDAR_NOTICE_SET", "admin",
					null, "notice of 2027 set: 国务院办公厅关于2027年部分节假日安排的通知"));

	@Test
	void chainsTheRecordsWrittenBeforeInTheOrderTheyWereWritten() throws SQLException {
		String schema = TestDatabase.newSchema("441704");
		migrateToJustBeforeTheChain(schema);
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(schema), TestDatabase.user(),
				TestDatabase.password());
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO audit_event (occurred_at, category, action, actor, peer_code, detail) "
								+ "VALUES (?, ?, ?, ?, ?, ?)")) {
			for (ChainEntry old : OLD) {
				insert.setTimestamp(1, Timestamp.from(old.occurredAt()));
				insert.setString(2, old.category());
				insert.setString(3, old.action());
				insert.setString(4, old.actor());
				insert.setString(5, old.peer());
				insert.setString(6, old.detail());
				insert.executeUpdate();
			}
		}

		try (TestNode node = TestNode.node("441704", NodeLevel.COUNTY).schema(schema).withoutTransport().start()) {
			String expected = AuditChain.GENESIS;
			for (int i = 0; i < OLD.size(); i++) {
				expected = AuditChain.link(expected, OLD.get(i).at(i + 1));
			}
			JdbcClient jdbc = node.bean(JdbcClient.class);
			assertThat(
					jdbc.sql("SELECT detail FROM audit_event WHERE seq <= 3 ORDER BY seq").query(String.class).list())
				.containsExactly(OLD.get(0).detail(), OLD.get(1).detail(), OLD.get(2).detail());
			assertThat(jdbc.sql("SELECT record_hash FROM audit_event WHERE seq = 3").query(String.class).single())
				.isEqualTo(expected);

			node.bean(AuditTrail.class)
				.record(AuditCategory.SECURITY, "DECIDED", "tester", null, "after the migration");
			ChainVerdict verdict = node.bean(AuditChainVerification.class).verify();
			assertThat(verdict.intact()).as(verdict.problem()).isTrue();
			assertThat(verdict.records()).isGreaterThanOrEqualTo(4);
			assertThat(node.bean(AuditTrail.class).latest(1)).extracting(AuditRecord::detail)
				.containsExactly("after the migration");
		}
		finally {
			TestDatabase.drop(schema);
		}
	}

	/** The schema as the last version without the chain left it (V50 makes the chain). */
	private static void migrateToJustBeforeTheChain(String schema) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(TestDatabase.url(schema), TestDatabase.user(), TestDatabase.password())
			.locations("classpath:db/migration");
		MigrationVersion chain = MigrationVersion.fromVersion("50");
		MigrationVersion before = Arrays.stream(configuration.load().info().pending())
			.map(MigrationInfo::getVersion)
			.filter((version) -> version.compareTo(chain) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		configuration.target(before).load().migrate();
	}

}
