package org.ducha.node.database;

/**
 * Something that collects work for the current transaction in memory and writes it only
 * at commit (the outbox's entries, the audit trail's records of a change). A rollback to
 * a savepoint ({@link Savepoints}) must drop what it collected after the savepoint, as
 * the database drops the rows.
 */
public interface SavepointParticipant {

	/** Where this participant stands in the current transaction now. */
	Object mark();

	/** Drops what it collected in the current transaction after {@code mark}. */
	void rollbackTo(Object mark);

}
