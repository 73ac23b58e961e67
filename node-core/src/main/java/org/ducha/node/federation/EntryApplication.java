package org.ducha.node.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.database.Savepoints;
import org.ducha.node.federation.ApplyProbe.AppliedDelivery;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotHeldException;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;

import org.springframework.stereotype.Component;

/**
 * Takes the entries of one batch (or the records of one snapshot chunk) inside the
 * receiver's transaction (docs/protocol.md §3.1, §8.3): checks each against the envelope
 * and the authority table, claims it against duplicates, applies it with its handler
 * (consecutive ones of a handler together) and forwards it when it passes through. Each
 * step runs under a savepoint: an entry that is forbidden or malformed — found by the
 * checks or by its handler — is rolled back alone, claim and forwarding included, and
 * quarantined, and the others are applied.
 */
@Component
class EntryApplication {

	private final NodeIdentity self;

	private final Ownership ownership;

	private final EventHandlers handlers;

	private final AppliedEvents appliedEvents;

	private final Routing routing;

	private final Outbox outbox;

	private final Quarantine quarantine;

	private final Savepoints savepoints;

	private final FederationSettings settings;

	EntryApplication(NodeIdentity self, Ownership ownership, EventHandlers handlers, AppliedEvents appliedEvents,
			Routing routing, Outbox outbox, Quarantine quarantine, Savepoints savepoints, FederationSettings settings) {
		this.self = self;
		this.ownership = ownership;
		this.handlers = handlers;
		this.appliedEvents = appliedEvents;
		this.routing = routing;
		this.outbox = outbox;
		this.quarantine = quarantine;
		this.savepoints = savepoints;
		this.settings = settings;
	}

	/** Starts taking the entries of a batch from the log. */
	Run log(Link from, Channel channel, Instant now) {
		return new Run(from, channel, false, now);
	}

	/** Starts taking the records of a snapshot chunk. */
	Run snapshot(Link from, Channel channel, Instant now) {
		return new Run(from, channel, true, now);
	}

	/**
	 * The refusal an exception stands for: a handler's {@link ForbiddenEventException} or
	 * {@link MalformedEventException}, or the domain's {@link ForbiddenException} (a fact
	 * the sender may not state, such as a task's issuer that a copy keeps); null for a
	 * failure that retrying may cure.
	 */
	static RuntimeException refusal(RuntimeException ex) {
		if (ex instanceof ForbiddenEventException || ex instanceof MalformedEventException) {
			return ex;
		}
		if (ex instanceof ForbiddenException) {
			return new ForbiddenEventException(ex.getMessage());
		}
		return null;
	}

	/**
	 * The refusal an exception stands for in one entry of a log: as
	 * {@link #refusal(RuntimeException)}, and also a fact addressed to this node about a
	 * record it does not hold. Such a record would be this node's own, which it had and
	 * no longer has — it was restored from an older backup — or never had; waiting cannot
	 * bring it, so the entry is set aside ({@code NOT_HELD}) and the channel goes on
	 * (docs/protocol.md, "Restored nodes"). A fact on its way elsewhere waits for its
	 * record, which comes on another channel (null: retried).
	 */
	static RuntimeException refusal(RuntimeException ex, Entry entry, boolean snapshot, String self) {
		if (ex instanceof NotHeldException) {
			return (!snapshot && self.equals(entry.getDestinationNode())) ? ex : null;
		}
		return refusal(ex);
	}

	/** An entry and the event a handler gets of it. */
	private record Arrival(Entry entry, long seq, IncomingEvent event) {
	}

	/** The entries of one batch or chunk, taken in order. */
	final class Run {

		private final Link from;

		private final Channel channel;

		private final boolean snapshot;

		private final Instant now;

		private final PendingEvents<Arrival> pending = new PendingEvents<>(this::applyGroup);

		private final List<AppliedDelivery> applied = new ArrayList<>();

		private final List<QuarantinedEntry> quarantined = new ArrayList<>();

		/** Consecutive entries only parked or forwarded, not yet written. */
		private final List<Arrival> passing = new ArrayList<>();

		private Run(Link from, Channel channel, boolean snapshot, Instant now) {
			this.from = from;
			this.channel = channel;
			this.snapshot = snapshot;
			this.now = now;
		}

		/**
		 * Takes the next entry: applied here (now or with the next ones of its handler),
		 * forwarded, parked, skipped as a duplicate, or quarantined.
		 */
		void take(Entry entry) {
			long seq = this.snapshot ? 0 : entry.getSeq();
			try {
				EntryApplication.this.ownership.check(this.from, this.channel, entry);
			}
			catch (ForbiddenEventException | MalformedEventException ex) {
				// what came before it is applied first, as one by one
				flushAll();
				this.quarantined
					.add(EntryApplication.this.quarantine.received(this.from, this.channel, seq, entry, ex));
				return;
			}
			Optional<EventHandler> handler = EntryApplication.this.handlers.of(entry.getEvent());
			Arrival arrival = new Arrival(entry, seq, incoming(entry));
			boolean forHere = entry.getDestinationNode().equals(EntryApplication.this.self.code());
			if (handler.isPresent() && (forHere || this.snapshot)) {
				flushPassing();
				this.pending.add(handler.get(), arrival);
				return;
			}
			if (this.snapshot) {
				return; // a record of a kind this version does not know: nothing to keep
			}
			this.pending.flush();
			if (handler.isEmpty()) {
				// parked or forwarded only: nothing here can refuse it, so consecutive
				// ones
				// go together
				this.passing.add(arrival);
				return;
			}
			flushPassing();
			attempt(arrival, () -> passThrough(arrival, handler));
		}

		/** Applies what is still pending; the run is complete. */
		void finish() {
			flushAll();
		}

		private void flushAll() {
			flushPassing();
			this.pending.flush();
		}

		/**
		 * Parks or forwards the consecutive entries of kinds this version does not know,
		 * claimed, parked and forwarded together (docs/protocol.md §3.2, §9): no handler
		 * runs, so none of them can be refused alone.
		 */
		private void flushPassing() {
			if (this.passing.isEmpty()) {
				return;
			}
			List<Arrival> group = List.copyOf(this.passing);
			this.passing.clear();
			if (group.size() == 1) {
				attempt(group.get(0), () -> passThrough(group.get(0), Optional.empty()));
				return;
			}
			try {
				EntryApplication.this.savepoints.attempt(() -> passAll(group, true));
			}
			catch (AppliedEvents.ClaimRace race) {
				EntryApplication.this.savepoints.attempt(() -> passAll(group, false));
			}
		}

		private void passAll(List<Arrival> group, boolean together) {
			boolean[] claimed = together ? claimAll(group) : null;
			List<OutboundEntry> parked = new ArrayList<>();
			List<AppliedDelivery> deliveries = new ArrayList<>();
			for (int i = 0; i < group.size(); i++) {
				Arrival arrival = group.get(i);
				if (!(together ? claimed[i] : claim(arrival))) {
					continue;
				}
				Entry entry = arrival.entry();
				OutboundEntry stored = stored(arrival);
				if (entry.getDestinationNode().equals(EntryApplication.this.self.code())) {
					parked.add(stored);
				}
				else {
					EntryApplication.this.outbox.forward(
							EntryApplication.this.routing.nextHop(entry.getDestinationNode()), this.channel, stored);
				}
				deliveries.add(delivery(arrival));
			}
			EntryApplication.this.appliedEvents.parkAll(parked, this.now);
			this.applied.addAll(deliveries);
		}

		/** The deliveries applied here, not those skipped as duplicates. */
		List<AppliedDelivery> applied() {
			return this.applied;
		}

		/** The entries set aside. */
		List<QuarantinedEntry> quarantined() {
			return this.quarantined;
		}

		/**
		 * Applies a group under one savepoint; when one of its entries is refused, the
		 * group is rolled back and each entry is tried alone, so that the refusal falls
		 * on the entry that caused it.
		 */
		private void applyGroup(EventHandler handler, List<Arrival> group) {
			if (group.size() == 1) {
				attempt(group.get(0), () -> applyClaimed(handler, group, false));
				return;
			}
			try {
				attemptGroup(handler, group);
			}
			catch (RuntimeException ex) {
				if (refusal(ex) == null && !(ex instanceof NotHeldException)) {
					throw ex;
				}
				for (Arrival arrival : group) {
					attempt(arrival, () -> applyClaimed(handler, List.of(arrival), false));
				}
			}
		}

		/**
		 * The group claimed with one multi-row statement; when another transaction
		 * claimed one of its deliveries meanwhile, rolled back and claimed one by one, so
		 * that correctness never rests on the fast path.
		 */
		private void attemptGroup(EventHandler handler, List<Arrival> group) {
			try {
				EntryApplication.this.savepoints.attempt(() -> applyClaimed(handler, group, true));
			}
			catch (AppliedEvents.ClaimRace race) {
				EntryApplication.this.savepoints.attempt(() -> applyClaimed(handler, group, false));
			}
		}

		private void applyClaimed(EventHandler handler, List<Arrival> group, boolean together) {
			List<IncomingEvent> events = new ArrayList<>(group.size());
			List<AppliedDelivery> deliveries = new ArrayList<>(group.size());
			boolean[] claimed = together ? claimAll(group) : null;
			for (int i = 0; i < group.size(); i++) {
				Arrival arrival = group.get(i);
				if (together ? claimed[i] : claim(arrival)) {
					events.add(arrival.event());
					deliveries.add(delivery(arrival));
				}
			}
			if (!events.isEmpty()) {
				handler.apply(events);
			}
			this.applied.addAll(deliveries);
		}

		/**
		 * An entry for another node, or of a kind this version does not know: applied
		 * here too when known (every node on the path keeps its copy), kept when it is
		 * for here, and forwarded byte for byte otherwise (docs/protocol.md §1.4, §9).
		 */
		private void passThrough(Arrival arrival, Optional<EventHandler> handler) {
			if (!claim(arrival)) {
				return;
			}
			Entry entry = arrival.entry();
			boolean forHere = entry.getDestinationNode().equals(EntryApplication.this.self.code());
			OutboundEntry stored = stored(arrival);
			if (handler.isPresent()) {
				handler.get().apply(List.of(arrival.event()));
			}
			else if (forHere) {
				EntryApplication.this.appliedEvents.park(stored, this.now);
			}
			if (!forHere) {
				EntryApplication.this.outbox.forward(EntryApplication.this.routing.nextHop(entry.getDestinationNode()),
						this.channel, stored);
			}
			this.applied.add(delivery(arrival));
		}

		private OutboundEntry stored(Arrival arrival) {
			Entry entry = arrival.entry();
			return new OutboundEntry(this.from.peer(), this.channel, entry.getSeq(), entry.getEventId(),
					entry.getOriginNode(), entry.getDestinationNode(), arrival.event().occurredAt(),
					InboundApplier.kindName(entry.getEvent()), entry.getEvent().toByteArray());
		}

		/** Runs one entry's step under a savepoint; quarantines the entry it refuses. */
		private void attempt(Arrival arrival, Runnable step) {
			try {
				EntryApplication.this.savepoints.attempt(step);
			}
			catch (RuntimeException ex) {
				RuntimeException refusal = refusal(ex, arrival.entry(), this.snapshot,
						EntryApplication.this.self.code());
				if (refusal == null) {
					throw ex;
				}
				this.quarantined.add(EntryApplication.this.quarantine.received(this.from, this.channel, arrival.seq(),
						arrival.entry(), refusal));
			}
		}

		/**
		 * Claims a delivery at this node (snapshot records are state and are not
		 * claimed).
		 * @return false when it had been applied here before
		 */
		private boolean claim(Arrival arrival) {
			if (this.snapshot || !EntryApplication.this.settings.deduplication()) {
				return true;
			}
			Entry entry = arrival.entry();
			return EntryApplication.this.appliedEvents.claim(entry.getOriginNode(), entry.getEventId(),
					this.from.peer(), this.channel, entry.getSeq(), this.now);
		}

		/**
		 * Claims a group's deliveries with one multi-row statement (docs/protocol.md
		 * §3.2).
		 * @return for each, false when it had been applied here before
		 */
		private boolean[] claimAll(List<Arrival> group) {
			boolean[] all = new boolean[group.size()];
			if (this.snapshot || !EntryApplication.this.settings.deduplication()) {
				Arrays.fill(all, true);
				return all;
			}
			List<AppliedEvents.Claim> claims = group.stream()
				.map((arrival) -> new AppliedEvents.Claim(arrival.entry().getOriginNode(), arrival.entry().getEventId(),
						arrival.entry().getSeq()))
				.toList();
			return EntryApplication.this.appliedEvents.claimAll(claims, this.from.peer(), this.channel, this.now);
		}

		private IncomingEvent incoming(Entry entry) {
			Instant occurredAt = Instant.ofEpochSecond(entry.getOccurredAt().getSeconds(),
					entry.getOccurredAt().getNanos());
			return new IncomingEvent(entry.getEventId(), entry.getOriginNode(), entry.getDestinationNode(), occurredAt,
					entry.getEvent(), this.from, this.snapshot);
		}

		private static AppliedDelivery delivery(Arrival arrival) {
			Entry entry = arrival.entry();
			return new AppliedDelivery(entry.getOriginNode(), entry.getEventId(), entry.getDestinationNode(),
					entry.getSeq());
		}

	}

}
