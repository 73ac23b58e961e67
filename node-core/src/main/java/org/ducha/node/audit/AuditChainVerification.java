package org.ducha.node.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the audit trail's hash chain: walks every record in sequence order, page by
 * page, and compares the end with the chain head. It reads one consistent snapshot, so
 * appends going on meanwhile neither break nor join the walk.
 */
@Service
public class AuditChainVerification {

	static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate snapshot;

	AuditChainVerification(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		// the embedded server reads committed by default, and the walk needs the head
		// and every page from one snapshot
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * Walks the whole chain and says whether it is intact, or where and how it breaks
	 * first.
	 */
	public ChainVerdict verify() {
		return this.snapshot.execute((status) -> walk());
	}

	private ChainVerdict walk() {
		ChainHead head = this.jdbc.sql(ChainHead.SELECT)
			.query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
			.optional()
			.orElse(null);
		ChainWalk walk = new ChainWalk(head);
		long afterSequence = Long.MIN_VALUE;
		long afterId = Long.MIN_VALUE;
		List<StoredEntry> page;
		do {
			page = this.jdbc
				.sql("SELECT " + StoredEntry.COLUMNS + " FROM audit_event WHERE seq > ? OR (seq = ? AND id > ?) "
						+ "ORDER BY seq, id LIMIT ?")
				.params(afterSequence, afterSequence, afterId, PAGE)
				.query((rs, row) -> StoredEntry.read(rs))
				.list();
			for (StoredEntry row : page) {
				if (!walk.accept(row)) {
					return walk.finish(0);
				}
			}
			if (!page.isEmpty()) {
				StoredEntry last = page.get(page.size() - 1);
				afterSequence = last.entry().sequence();
				afterId = last.id();
			}
		}
		while (page.size() == PAGE);
		return walk
			.finish(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL").query(Long.class).single());
	}

}
