package org.ducha.node.database;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs part of the current transaction under a savepoint (a nested transaction of the
 * JDBC transaction manager): when the part fails, its rows are rolled back and so is what
 * the {@link SavepointParticipant}s collected for the commit meanwhile, while the rest of
 * the transaction goes on. The link receiver sets aside one forbidden entry of a batch
 * this way and applies the others (docs/protocol.md §8).
 */
@Component
public class Savepoints {

	private final TransactionTemplate nested;

	private final List<SavepointParticipant> participants;

	Savepoints(PlatformTransactionManager transactions, List<SavepointParticipant> participants) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.participants = List.copyOf(participants);
	}

	/**
	 * Runs work under a savepoint of the current transaction.
	 * @throws RuntimeException what the work threw, after everything it did was rolled
	 * back
	 * @throws IllegalStateException when no transaction is active
	 */
	public void attempt(Runnable work) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A savepoint belongs to a transaction; none is active");
		}
		Map<SavepointParticipant, Object> marks = new IdentityHashMap<>();
		this.participants.forEach((participant) -> marks.put(participant, participant.mark()));
		try {
			this.nested.executeWithoutResult((status) -> work.run());
		}
		catch (RuntimeException | Error ex) {
			marks.forEach(SavepointParticipant::rollbackTo);
			throw ex;
		}
	}

}
