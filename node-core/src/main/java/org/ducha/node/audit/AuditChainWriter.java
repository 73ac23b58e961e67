package org.ducha.node.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.database.SavepointParticipant;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends records to the audit chain. An append locks the chain head (a single row) in
 * the current transaction, numbers and hashes the records after the head, inserts them
 * and moves the head: appends from concurrent transactions queue on the lock and never
 * fork the chain, and a transaction that rolls back leaves neither a record nor a gap.
 * <p>
 * A record written with a change is held until the change's transaction is about to
 * commit and appended then, after every other synchronization (the outbox's): the head is
 * locked last and only for the moment of the commit, so a transaction that holds the head
 * never waits for another lock, and a suspended transaction's own-transaction audit
 * record never waits for its own head lock.
 */
@Component
class AuditChainWriter implements SavepointParticipant {

	private final JdbcClient jdbc;

	AuditChainWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends now, in the current transaction. */
	void append(List<ChainEntry> entries) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The audit chain is appended to in a transaction");
		}
		ChainHead head = this.jdbc.sql(ChainHead.SELECT + " FOR UPDATE")
			.query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("The audit chain has lost its head: nothing can be appended"));
		long place = head.lastSequence();
		String previous = head.lastHash();
		for (ChainEntry entry : entries) {
			ChainEntry placed = entry.at(++place);
			String hash = AuditChain.link(previous, placed);
			this.jdbc.sql(
					"INSERT INTO audit_event (seq, occurred_at, category, action, actor, peer_code, detail, prev_hash, "
							+ "record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(placed.sequence(), Timestamp.from(placed.occurredAt()), placed.category(), placed.action(),
						placed.actor(), placed.peer(), placed.detail(), previous, hash)
				.update();
			previous = hash;
		}
		this.jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
			.params(place, previous)
			.update();
	}

	/** Appends just before the current transaction commits; nothing if it rolls back. */
	void appendAtCommit(ChainEntry entry) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A change's audit record is written in the change's transaction");
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		if (pending.appended) {
			throw new IllegalStateException("The transaction's audit records were appended already; record earlier");
		}
		pending.entries.add(entry);
	}

	/** How many records of a change the current transaction holds so far. */
	@Override
	public Object mark() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		return (pending != null) ? pending.entries.size() : 0;
	}

	/**
	 * Drops the records of changes made after a savepoint the transaction rolled back to:
	 * they stand or fall with their change.
	 */
	@Override
	public void rollbackTo(Object mark) {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null && !pending.appended) {
			pending.entries.subList((Integer) mark, pending.entries.size()).clear();
		}
	}

	private final class Pending implements TransactionSynchronization {

		private final List<ChainEntry> entries = new ArrayList<>();

		private boolean appended;

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(AuditChainWriter.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(AuditChainWriter.this, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.appended = true;
			append(this.entries);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditChainWriter.this);
		}

	}

}
