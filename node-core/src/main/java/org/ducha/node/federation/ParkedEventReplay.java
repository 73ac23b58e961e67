package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.database.Savepoints;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies, once this node runs a version that knows them, the deliveries parked because
 * an older version did not (docs/protocol.md §9): when the node starts — the kinds a node
 * knows change only with its build — in the order they arrived on each link and channel,
 * each checked against its envelope and its authority row and applied by its handler as
 * on arrival. The parked row is taken out in the transaction that applies it, so each is
 * applied once (its claim against duplicates was made when it was parked); one that is
 * refused is quarantined, as it would have been on arrival.
 */
@Component
class ParkedEventReplay {

	private static final Logger logger = LoggerFactory.getLogger(ParkedEventReplay.class);

	private final NodeIdentity self;

	private final LinkTopology topology;

	private final Ownership ownership;

	private final EventHandlers handlers;

	private final ParkedEvents parked;

	private final Quarantine quarantine;

	private final Savepoints savepoints;

	private final TransactionTemplate transaction;

	ParkedEventReplay(NodeIdentity self, LinkTopology topology, Ownership ownership, EventHandlers handlers,
			ParkedEvents parked, Quarantine quarantine, Savepoints savepoints,
			PlatformTransactionManager transactions) {
		this.self = self;
		this.topology = topology;
		this.ownership = ownership;
		this.handlers = handlers;
		this.parked = parked;
		this.quarantine = quarantine;
		this.savepoints = savepoints;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void replayAtStart() {
		List<Replayed> replayed = replay();
		if (!replayed.isEmpty()) {
			logger.info("Replayed {} parked events of kinds this version knows: {} applied, {} quarantined",
					replayed.size(), replayed.stream().filter(Replayed::applied).count(),
					replayed.stream().filter((r) -> !r.applied()).count());
		}
	}

	/**
	 * Replays every parked delivery whose kind this version knows; those it still does
	 * not know stay parked, as do those of a link no longer configured and those whose
	 * application failed for a reason a later try may cure.
	 * @return what was replayed, in order
	 */
	List<Replayed> replay() {
		List<Replayed> done = new ArrayList<>();
		for (ParkedEvents.Parked delivery : this.parked.inArrivalOrder()) {
			Event event;
			try {
				event = InboundApplier.parse(delivery.payload());
			}
			catch (MalformedEventException ex) {
				continue; // unreadable as on arrival; a relay kept its bytes, nothing
							// here can
			}
			Optional<EventHandler> handler = this.handlers.of(event);
			Optional<Link> link = this.topology.find(delivery.peer());
			if (handler.isEmpty()) {
				continue;
			}
			if (link.isEmpty()) {
				logger.warn("Parked event {} of {} stays parked: no link to {} is configured", delivery.eventId(),
						delivery.originNode(), delivery.peer());
				continue;
			}
			try {
				Replayed replayed = this.transaction
					.execute((status) -> replayOne(delivery, event, handler.get(), link.get()));
				if (replayed != null) {
					done.add(replayed);
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Parked event {} of {} stays parked: {}", delivery.eventId(), delivery.originNode(),
						ex.toString());
			}
		}
		return done;
	}

	private Replayed replayOne(ParkedEvents.Parked delivery, Event event, EventHandler handler, Link link) {
		if (!this.parked.take(delivery.originNode(), delivery.eventId())) {
			return null;
		}
		Entry entry = delivery.entry(this.self.code(), event);
		try {
			this.savepoints.attempt(() -> {
				this.ownership.check(link, delivery.channel(), entry);
				handler.apply(List.of(new IncomingEvent(delivery.eventId(), delivery.originNode(), this.self.code(),
						delivery.occurredAt(), event, link, false)));
			});
			return new Replayed(delivery.originNode(), delivery.eventId(), InboundApplier.kindName(event), true);
		}
		catch (RuntimeException ex) {
			RuntimeException refusal = EntryApplication.refusal(ex);
			if (refusal == null) {
				throw ex;
			}
			this.quarantine.received(link, delivery.channel(), delivery.seq(), entry, refusal);
			return new Replayed(delivery.originNode(), delivery.eventId(), InboundApplier.kindName(event), false);
		}
	}

	/**
	 * A parked delivery replayed.
	 *
	 * @param originNode where it was born
	 * @param eventId its id there
	 * @param kind its event kind
	 * @param applied true when applied, false when quarantined
	 */
	record Replayed(String originNode, String eventId, String kind, boolean applied) {
	}

}
