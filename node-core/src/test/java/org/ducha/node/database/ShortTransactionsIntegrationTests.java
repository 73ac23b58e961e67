package org.ducha.node.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long job run in short transactions: each page of keys is committed before the next
 * starts, as another connection sees while the job runs.
 */
class ShortTransactionsIntegrationTests {

	private static TestNode node;

	@BeforeAll
	static void start() {
		node = TestNode.node("441700", NodeLevel.CITY).withoutTransport().start();
		jdbc().sql("CREATE TABLE short_transactions_probe (k VARCHAR(8) PRIMARY KEY, done BOOLEAN NOT NULL)").update();
		for (int i = 1; i <= 7; i++) {
			jdbc().sql("INSERT INTO short_transactions_probe VALUES (?, FALSE)").param("k" + i).update();
		}
	}

	@AfterAll
	static void stop() {
		jdbc().sql("DROP TABLE short_transactions_probe").update();
		node.close();
	}

	private static JdbcClient jdbc() {
		return node.bean(JdbcClient.class);
	}

	@Test
	void commitsEachPageBeforeTheNext() {
		List<Integer> seenElsewhere = new ArrayList<>();
		ShortTransactions.Done done = node.bean(ShortTransactions.class)
			.forEachKey(3,
					(after, size) -> jdbc().sql("SELECT k FROM short_transactions_probe WHERE k > ? ORDER BY k LIMIT ?")
						.params(after, size)
						.query(String.class)
						.list(),
					(key) -> {
						seenElsewhere.add(doneSeenFromAnotherConnection());
						jdbc().sql("UPDATE short_transactions_probe SET done = TRUE WHERE k = ?").param(key).update();
					});

		assertThat(done).isEqualTo(new ShortTransactions.Done(7, 3));
		// within a page the other connection sees nothing of it (negative control: one
		// long transaction would show 0 throughout); after a page, all of it
		assertThat(seenElsewhere).containsExactly(0, 0, 0, 3, 3, 3, 6);
		assertThat(doneSeenFromAnotherConnection()).isEqualTo(7);
	}

	private static int doneSeenFromAnotherConnection() {
		try (Connection connection = node.bean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM short_transactions_probe WHERE done")) {
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
