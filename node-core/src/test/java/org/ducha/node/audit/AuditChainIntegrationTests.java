package org.ducha.node.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestDatabase;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain on the real database: records are tampered with by plain JDBC, as
 * someone with the database's password would, and the verification names each break;
 * concurrent appends make one gapless chain; a rolled-back change leaves no trace.
 */
class AuditChainIntegrationTests {

	private static TestNode node;

	@BeforeAll
	static void start() {
		node = TestNode.node("441700", NodeLevel.CITY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		node.close();
	}

	@BeforeEach
	void freshTrail() {
		node.resetState();
	}

	@Test
	void anIntactChainVerifiesForTheAuditorAlone() {
		appendRecords(5);
		AuditRecord last = node.bean(AuditTrail.class).latest(1).get(0);
		assertThat(last.sequence()).isEqualTo(5);
		ResponseEntity<Map> verdict = verifyOverHttp("auditor");
		assertThat(verdict.getStatusCode().value()).isEqualTo(200);
		assertThat(verdict.getBody()).containsExactlyInAnyOrderEntriesOf(
				Map.of("intact", true, "records", 5, "lastSequence", 5, "lastHash", last.hash()));
		// the verification itself is recorded, after the five it verified
		assertThat(node.bean(AuditTrail.class).latest(1).get(0)).extracting(AuditRecord::sequence, AuditRecord::action)
			.containsExactly(6L, "AUDIT_VERIFIED");
		for (String role : List.of("supervisor", "sysadmin", "secadmin")) {
			assertThat(verifyOverHttp(role).getStatusCode().value()).as(role).isEqualTo(403);
		}
	}

	@Test
	void findsAnEditedDetail() throws SQLException {
		appendRecords(5);
		jdbc("UPDATE audit_event SET detail = 'nothing to see' WHERE seq = 3");
		ResponseEntity<Map> verdict = verifyOverHttp("auditor");
		assertThat(verdict.getBody()).containsEntry("intact", false)
			.containsEntry("records", 2)
			.containsEntry("lastSequence", 2)
			.containsEntry("firstBrokenSequence", 3)
			.containsEntry("kind", "EDITED")
			.containsEntry("problem", "record 3 does not match its hash (edited)");
	}

	@Test
	void findsADeletedMiddleRecord() throws SQLException {
		appendRecords(5);
		jdbc("DELETE FROM audit_event WHERE seq = 3");
		assertBroken(ChainBreak.DELETED, 3, "record 3 is missing: the chain goes from 2 to 4 (deleted)");
	}

	@Test
	void findsTwoRecordsSwappedInOrder() throws SQLException {
		appendRecords(5);
		jdbc("UPDATE audit_event SET seq = -1 WHERE seq = 4");
		jdbc("UPDATE audit_event SET seq = 4 WHERE seq = 3");
		jdbc("UPDATE audit_event SET seq = 3 WHERE seq = -1");
		assertBroken(ChainBreak.REORDERED, 3, "record 3 is not chained to record 2");
	}

	@Test
	void findsTwoRecordsWithTheirContentsSwapped() throws SQLException {
		appendRecords(5);
		String columns = "occurred_at = ?, category = ?, action = ?, actor = ?, peer_code = ?, detail = ?";
		List<Object[]> rows = node.bean(JdbcClient.class)
			.sql("SELECT occurred_at, category, action, actor, peer_code, detail FROM audit_event "
					+ "WHERE seq IN (3, 4) ORDER BY seq")
			.query((rs,
					row) -> new Object[] { rs.getTimestamp(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6) })
			.list();
		jdbc("UPDATE audit_event SET " + columns + " WHERE seq = 3", rows.get(1));
		jdbc("UPDATE audit_event SET " + columns + " WHERE seq = 4", rows.get(0));
		assertBroken(ChainBreak.EDITED, 3, "record 3 does not match its hash (edited)");
	}

	@Test
	void findsADeletedLastRecordAgainstTheHead() throws SQLException {
		appendRecords(5);
		jdbc("DELETE FROM audit_event WHERE seq = 5");
		ChainVerdict verdict = assertBroken(ChainBreak.TAIL_DELETED, 5,
				"the trail ends at record 4 but its head is at record 5");
		assertThat(verdict.records()).isEqualTo(4);
	}

	@Test
	void walksALongChainPageByPage() throws SQLException {
		int length = 2 * AuditChainVerification.PAGE + 3;
		inOneTransaction(() -> {
			for (int i = 1; i <= length; i++) {
				node.bean(AuditTrail.class).recordWithChange(AuditCategory.OPERATION, "BULK", "tester", null, "r" + i);
			}
		});
		ChainVerdict verdict = node.bean(AuditChainVerification.class).verify();
		assertThat(verdict.intact()).isTrue();
		assertThat(verdict.records()).isEqualTo(length);
		assertThat(verdict.lastSequence()).isEqualTo(length);

		long late = 2L * AuditChainVerification.PAGE + 1;
		jdbc("UPDATE audit_event SET actor = 'someone else' WHERE seq = ?", late);
		assertBroken(ChainBreak.EDITED, late, "record " + late + " does not match its hash");
	}

	@Test
	void concurrentAppendsMakeOneGaplessChain() throws Exception {
		int threads = 5;
		int each = 24;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					go.await();
					for (int i = 0; i < each; i++) {
						String detail = "thread " + thread + " record " + i;
						if (i % 2 == 0) {
							node.bean(AuditTrail.class)
								.record(AuditCategory.SECURITY, "DECIDED", "t" + thread, null, detail);
						}
						else {
							inOneTransaction(() -> node.bean(AuditTrail.class)
								.recordWithChange(AuditCategory.OPERATION, "CHANGED", "t" + thread, null, detail));
						}
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> future : done) {
				future.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		long total = (long) threads * each;
		assertThat(node.bean(AuditChainVerification.class).verify())
			.isEqualTo(ChainVerdict.intact(total, total, node.bean(AuditTrail.class).latest(1).get(0).hash()));
		assertThat(node.bean(JdbcClient.class).sql("SELECT seq FROM audit_event ORDER BY seq").query(Long.class).list())
			.containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
	}

	@Test
	void aRolledBackChangeLeavesNoRecordAndNoGap() {
		appendRecords(2);
		new TransactionTemplate(node.bean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				node.bean(AuditTrail.class)
					.recordWithChange(AuditCategory.OPERATION, "CHANGED", "tester", null, "rolled back");
				status.setRollbackOnly();
			});
		node.bean(AuditTrail.class).record(AuditCategory.SECURITY, "DECIDED", "tester", null, "after");
		assertThat(node.bean(AuditTrail.class).latest(10)).extracting(AuditRecord::sequence, AuditRecord::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "after"),
					org.assertj.core.groups.Tuple.tuple(2L, "record 2"),
					org.assertj.core.groups.Tuple.tuple(1L, "record 1"));
		assertThat(node.bean(AuditChainVerification.class).verify().intact()).isTrue();
	}

	@Test
	void aChangesRecordJoinsTheChainAfterTheTransactionsOtherWorkBeforeCommit() {
		List<Long> seenByOtherWork = new ArrayList<>();
		inOneTransaction(() -> {
			node.bean(AuditTrail.class).recordWithChange(AuditCategory.OPERATION, "CHANGED", "tester", null, "late");
			// registered after the record, ordered as the outbox is: it still runs first
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public int getOrder() {
					return LOWEST_PRECEDENCE - 1;
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					seenByOtherWork.add(node.bean(AuditTrail.class).count());
				}
			});
		});
		assertThat(seenByOtherWork).containsExactly(0L);
		assertThat(node.bean(AuditTrail.class).count()).isEqualTo(1);
	}

	private static ChainVerdict assertBroken(ChainBreak kind, long at, String problem) {
		ChainVerdict verdict = node.bean(AuditChainVerification.class).verify();
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.kind()).isEqualTo(kind);
		assertThat(verdict.firstBrokenSequence()).isEqualTo(at);
		assertThat(verdict.problem()).contains(problem);
		return verdict;
	}

	private static void appendRecords(int count) {
		for (int i = 1; i <= count; i++) {
			node.bean(AuditTrail.class)
				.record(AuditCategory.LINK, "FRAME_REFUSED", "node:441704", "441704", "record " + i);
		}
	}

	private static void inOneTransaction(Runnable work) {
		new TransactionTemplate(node.bean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> work.run());
	}

	private static ResponseEntity<Map> verifyOverHttp(String role) {
		return node.api(TestKeys.token(role + "-441700", "441700", null, role))
			.get()
			.uri("/api/v1/audit/verify")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(Map.class);
	}

	/** Changes the trail behind the node's back, with plain JDBC. */
	private static void jdbc(String sql, Object... parameters) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(node.schema()), TestDatabase.user(),
				TestDatabase.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			assertThat(statement.executeUpdate()).as(sql).isPositive();
		}
	}

}
