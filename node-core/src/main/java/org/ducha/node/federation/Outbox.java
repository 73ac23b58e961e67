package org.ducha.node.federation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.database.SavepointParticipant;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes deliveries into the outbound logs as part of the current business transaction:
 * they commit with it or not at all. Entries are collected during the transaction and
 * numbered just before it commits, locking the logs' counters in a fixed order.
 */
@Service
public class Outbox implements SavepointParticipant {

	private final OutboxStore store;

	private final Routing routing;

	private final OutboxListener listener;

	private final Clock clock;

	Outbox(OutboxStore store, Routing routing, OutboxListener listener, Clock clock) {
		this.store = store;
		this.routing = routing;
		this.listener = listener;
		this.clock = clock;
	}

	/**
	 * Sends an event born at this node towards its destination, through the link that
	 * leads there.
	 * @throws UnroutableDestinationException when no link leads to the destination
	 */
	public void send(Channel channel, Delivery delivery) {
		Link next = this.routing.nextHop(delivery.destinationNode());
		enqueue(new OutboundEntry(next.peer(), channel, 0, delivery.eventId(), delivery.originNode(),
				delivery.destinationNode(), delivery.occurredAt(), delivery.event().getKindCase().name(),
				delivery.event().toByteArray()));
	}

	/** Forwards a relayed entry on the next link, byte for byte. */
	void forward(Link next, Channel channel, OutboundEntry entry) {
		enqueue(new OutboundEntry(next.peer(), channel, 0, entry.eventId(), entry.originNode(), entry.destinationNode(),
				entry.occurredAt(), entry.eventType(), entry.payload()));
	}

	private void enqueue(OutboundEntry entry) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Outbox entries must be written in the business transaction");
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.entries.add(entry);
	}

	/** How many entries the current transaction collected so far. */
	@Override
	public Object mark() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		return (pending != null) ? pending.entries.size() : 0;
	}

	/** Drops the entries collected after a savepoint the transaction rolled back to. */
	@Override
	public void rollbackTo(Object mark) {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			pending.entries.subList((Integer) mark, pending.entries.size()).clear();
		}
	}

	private final class Pending implements TransactionSynchronization {

		private final List<OutboundEntry> entries = new ArrayList<>();

		/**
		 * Before the audit trail's append, which must lock its chain head last of all
		 * (AuditChainWriter).
		 */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE - 1;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(Outbox.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(Outbox.this, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			Outbox.this.store.append(this.entries, Outbox.this.clock.instant());
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
			if (status == STATUS_COMMITTED) {
				Set<String> peers = new LinkedHashSet<>();
				this.entries.forEach((entry) -> peers.add(entry.peer()));
				peers.forEach(Outbox.this.listener::appended);
			}
		}

	}

}
