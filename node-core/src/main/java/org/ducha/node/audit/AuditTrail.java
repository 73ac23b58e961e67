package org.ducha.node.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what happened, append-only, on a hash chain ({@link AuditChainWriter}). A
 * decision is recorded in its own transaction, so that a refusal is recorded even when
 * the work it refused is rolled back; a change is recorded in the change's transaction.
 */
@Service
public class AuditTrail {

	private static final Logger logger = LoggerFactory.getLogger(AuditTrail.class);

	private static final int MAX_DETAIL = 8000;

	private final JdbcClient jdbc;

	private final AuditChainWriter chain;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, AuditChainWriter chain, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.chain = chain;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Appends one record in a transaction of its own.
	 * @param category area, e.g. {@code LINK} or {@code SECURITY}
	 * @param action what happened, e.g. {@code FRAME_REFUSED}
	 * @param actor who did it: a user, a node, or {@code system}
	 * @param peer the link's peer node, if any
	 * @param detail free text
	 */
	public void record(AuditCategory category, String action, String actor, String peer, String detail) {
		ChainEntry entry = entry(category, action, actor, peer, detail);
		this.ownTransaction.executeWithoutResult((status) -> this.chain.append(List.of(entry)));
	}

	/**
	 * Appends one record in the current transaction: it stands or falls with the change
	 * it records. It takes its place in the chain when the transaction commits.
	 */
	public void recordWithChange(AuditCategory category, String action, String actor, String peer, String detail) {
		if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A change's audit record is written in the change's transaction");
		}
		this.chain.appendAtCommit(entry(category, action, actor, peer, detail));
	}

	private ChainEntry entry(AuditCategory category, String action, String actor, String peer, String detail) {
		String clipped = (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL) : detail;
		logger.info("audit {} {} actor={} peer={} {}", category, action, actor, peer, clipped);
		// DATETIME(6) keeps microseconds: the hash covers the time as it is read back
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return new ChainEntry(0, now, category.name(), action, actor, peer, clipped);
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
	}

	/** The latest records, newest first. */
	public List<AuditRecord> latest(int limit) {
		return page(0, limit);
	}

	/** A page of the trail, newest first (in chain order). */
	public List<AuditRecord> page(int page, int size) {
		return this.jdbc.sql(
				"SELECT id, seq, occurred_at, category, action, actor, peer_code, detail, record_hash FROM audit_event "
						+ "ORDER BY seq DESC LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query((rs, row) -> new AuditRecord(rs.getLong("id"), rs.getLong("seq"),
					rs.getTimestamp("occurred_at").toInstant(), AuditCategory.valueOf(rs.getString("category")),
					rs.getString("action"), rs.getString("actor"), rs.getString("peer_code"), rs.getString("detail"),
					rs.getString("record_hash")))
			.list();
	}

}
