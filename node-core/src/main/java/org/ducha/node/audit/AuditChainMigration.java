package org.ducha.node.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 51: chains the audit records written before the trail was a chain, in
 * the order they were written (their ids), from the head V50 set up. Given the same
 * records it always yields the same chain. The node registers it with Flyway as a bean.
 */
@Component
class AuditChainMigration implements JavaMigration {

	private static final int PAGE = 1000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("51");
	}

	@Override
	public String getDescription() {
		return "chain existing audit events";
	}

	@Override
	public Integer getChecksum() {
		return 1;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		long place;
		String previous;
		try (Statement statement = connection.createStatement();
				ResultSet head = statement.executeQuery(ChainHead.SELECT + " FOR UPDATE")) {
			if (!head.next()) {
				throw new IllegalStateException("V50 sets up the audit chain head; it is missing");
			}
			place = head.getLong("last_seq");
			previous = head.getString("last_hash");
		}
		long afterId = Long.MIN_VALUE;
		try (PreparedStatement select = connection.prepareStatement("SELECT " + StoredEntry.COLUMNS
				+ " FROM audit_event WHERE seq IS NULL AND id > ? ORDER BY id LIMIT " + PAGE);
				PreparedStatement update = connection
					.prepareStatement("UPDATE audit_event SET seq = ?, prev_hash = ?, record_hash = ? WHERE id = ?")) {
			int rows;
			do {
				rows = 0;
				select.setLong(1, afterId);
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						ChainEntry entry = StoredEntry.fields(rs, ++place);
						String hash = AuditChain.link(previous, entry);
						afterId = rs.getLong("id");
						update.setLong(1, place);
						update.setString(2, previous);
						update.setString(3, hash);
						update.setLong(4, afterId);
						update.addBatch();
						previous = hash;
						rows++;
					}
				}
				update.executeBatch();
			}
			while (rows == PAGE);
		}
		try (PreparedStatement head = connection
			.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
			head.setLong(1, place);
			head.setString(2, previous);
			head.executeUpdate();
		}
	}

}
