package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.ApplyOutcome.Applied;
import org.ducha.node.federation.ApplyOutcome.Refusal;
import org.ducha.node.federation.ApplyOutcome.Refused;
import org.ducha.node.federation.ApplyProbe.AppliedDelivery;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receiver (docs/protocol.md §3.1): in one transaction it locks the cursor, skips
 * what it already applied, applies each next entry once, writes the entries it forwards
 * and advances the cursor. A batch commits whole or not at all.
 */
@Component
class InboundApplier {

	private static final Logger logger = LoggerFactory.getLogger(InboundApplier.class);

	private final NodeIdentity self;

	private final InboundStore cursors;

	private final AppliedEvents appliedEvents;

	private final Ownership ownership;

	private final EventHandlers handlers;

	private final Routing routing;

	private final Outbox outbox;

	private final FederationSettings settings;

	private final TransactionTemplate transaction;

	private final ApplyProbe probe;

	private final Clock clock;

	InboundApplier(NodeIdentity self, InboundStore cursors, AppliedEvents appliedEvents, Ownership ownership,
			EventHandlers handlers, Routing routing, Outbox outbox, FederationSettings settings,
			PlatformTransactionManager transactions, ObjectProvider<ApplyProbe> probe, Clock clock) {
		this.self = self;
		this.cursors = cursors;
		this.appliedEvents = appliedEvents;
		this.ownership = ownership;
		this.handlers = handlers;
		this.routing = routing;
		this.outbox = outbox;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.probe = probe.getIfAvailable(() -> new ApplyProbe() {
		});
		this.clock = clock;
	}

	ApplyOutcome apply(Link from, Channel channel, String epoch, List<Entry> entries) {
		try {
			return this.transaction.execute((status) -> {
				ApplyOutcome outcome = applyLocked(from, channel, epoch, entries);
				if (!(outcome instanceof Applied)) {
					status.setRollbackOnly();
				}
				return outcome;
			});
		}
		catch (ForbiddenEventException ex) {
			long expected = expected(from, channel);
			this.cursors.refused(from.peer(), channel, ex.getMessage(), this.clock.instant());
			return new Refused(expected, Refusal.FORBIDDEN, ex.getMessage());
		}
		catch (MalformedEventException ex) {
			return new Refused(expected(from, channel), Refusal.MALFORMED, ex.getMessage());
		}
		catch (TransientDataAccessException | DataAccessResourceFailureException ex) {
			// the database, not the entry: retry without counting towards blocking the
			// channel
			logger.warn("Applying a batch from {} on {} failed for now: {}", from.peer(), Channels.key(channel),
					ex.getMessage());
			return new Refused(expected(from, channel), Refusal.APPLY_FAILED,
					"database unavailable: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.warn("Applying a batch from {} on {} failed", from.peer(), Channels.key(channel), ex);
			String error = "applying a batch failed: " + ex;
			this.cursors.failed(from.peer(), channel, error, this.settings.blockAfterFailures(), this.clock.instant());
			return new Refused(expected(from, channel), Refusal.APPLY_FAILED, error);
		}
	}

	private long expected(Link from, Channel channel) {
		return this.cursors.find(from.peer(), channel).map((c) -> c.appliedSeq() + 1).orElse(1L);
	}

	private ApplyOutcome applyLocked(Link from, Channel channel, String epoch, List<Entry> entries) {
		InboundCursor cursor = this.cursors.lock(from.peer(), channel);
		long applied = cursor.appliedSeq();
		if (cursor.state() != CursorState.OK) {
			return new Refused(applied + 1, Refusal.NOT_ACCEPTING,
					"channel " + Channels.key(channel) + " is " + cursor.state());
		}
		if (!epoch.equals(cursor.epoch())) {
			return new Refused(applied + 1, Refusal.EPOCH_MISMATCH,
					"batch from log epoch " + epoch + ", following epoch " + cursor.epoch());
		}
		boolean deduplicate = this.settings.deduplication();
		Instant now = this.clock.instant();
		List<AppliedDelivery> done = new ArrayList<>();
		PendingEvents pending = new PendingEvents();
		int index = 0;
		for (Entry entry : entries) {
			if (entry.getSeq() <= applied && deduplicate) {
				index++;
				continue;
			}
			if (entry.getSeq() != applied + 1 && (deduplicate || entry.getSeq() > applied + 1)) {
				pending.flush();
				return new Refused(cursor.appliedSeq() + 1, Refusal.GAP,
						"expected entry " + (applied + 1) + ", got " + entry.getSeq());
			}
			boolean claimed;
			try {
				this.probe.beforeEntry(from, channel, entry.getSeq(), index++);
				this.ownership.check(from, entry);
				claimed = claim(from, channel, entry, now);
			}
			catch (RuntimeException ex) {
				// the entries before this one come first, as they would one by one
				pending.flush();
				throw ex;
			}
			if (claimed) {
				applyOrForward(from, channel, entry, now, pending);
				done.add(new AppliedDelivery(entry.getOriginNode(), entry.getEventId(), entry.getDestinationNode(),
						entry.getSeq()));
			}
			applied = Math.max(applied, entry.getSeq());
		}
		pending.flush();
		if (applied > cursor.appliedSeq()) {
			this.cursors.advance(from.peer(), channel, applied, now);
		}
		this.probe.beforeCommit(from, channel);
		if (!done.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					InboundApplier.this.probe.committed(from, channel, done);
				}
			});
		}
		return new Applied(applied);
	}

	/**
	 * Claims a delivery at this node.
	 * @return false when it had been applied here before
	 */
	private boolean claim(Link from, Channel channel, Entry entry, Instant now) {
		return !this.settings.deduplication() || this.appliedEvents.claim(entry.getOriginNode(), entry.getEventId(),
				from.peer(), channel, entry.getSeq(), now);
	}

	/**
	 * Applies a claimed delivery here and passes it on when this node is not its
	 * destination. A delivery addressed here waits with the ones of the same handler
	 * before it; one passing through is applied at once and then forwarded, after what
	 * came before it, so that what its application writes to the logs keeps its place.
	 */
	private void applyOrForward(Link from, Channel channel, Entry entry, Instant now, PendingEvents pending) {
		Instant occurredAt = Instant.ofEpochSecond(entry.getOccurredAt().getSeconds(),
				entry.getOccurredAt().getNanos());
		boolean forHere = entry.getDestinationNode().equals(this.self.code());
		Optional<EventHandler> handler = this.handlers.of(entry.getEvent());
		IncomingEvent incoming = new IncomingEvent(entry.getEventId(), entry.getOriginNode(),
				entry.getDestinationNode(), occurredAt, entry.getEvent(), from, false);
		if (handler.isPresent() && forHere) {
			pending.add(handler.get(), incoming);
			return;
		}
		pending.flush();
		OutboundEntry stored = new OutboundEntry(from.peer(), channel, entry.getSeq(), entry.getEventId(),
				entry.getOriginNode(), entry.getDestinationNode(), occurredAt, kindName(entry.getEvent()),
				entry.getEvent().toByteArray());
		if (handler.isPresent()) {
			handler.get().apply(List.of(incoming));
		}
		else if (forHere) {
			this.appliedEvents.park(stored, now);
		}
		if (!forHere) {
			this.outbox.forward(this.routing.nextHop(entry.getDestinationNode()), channel, stored);
		}
	}

	/**
	 * The name of an event's kind, or of its unknown field for kinds this version lacks.
	 */
	static String kindName(Event event) {
		if (event.getKindCase() != Event.KindCase.KIND_NOT_SET) {
			return event.getKindCase().name();
		}
		return event.getUnknownFields()
			.asMap()
			.keySet()
			.stream()
			.findFirst()
			.map((n) -> "UNKNOWN_" + n)
			.orElse("EMPTY");
	}

	static Event parse(byte[] payload) {
		try {
			return Event.parseFrom(payload);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException("stored event cannot be read: " + ex.getMessage());
		}
	}

}
