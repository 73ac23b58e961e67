package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.google.protobuf.InvalidProtocolBufferException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * what it already applied, has each next entry checked and applied once or quarantined
 * ({@link EntryApplication}), and advances the cursor past both. A batch commits whole or
 * not at all; only a quarantined entry is left out of it, and said so in the Ack.
 */
@Component
class InboundApplier {

	private static final Logger logger = LoggerFactory.getLogger(InboundApplier.class);

	private final InboundStore cursors;

	private final EntryApplication entryApplication;

	private final FederationSettings settings;

	private final TransactionTemplate transaction;

	private final ApplyProbe probe;

	private final LinkAudit audit;

	private final Clock clock;

	InboundApplier(InboundStore cursors, EntryApplication entryApplication, FederationSettings settings,
			PlatformTransactionManager transactions, ObjectProvider<ApplyProbe> probe, LinkAudit audit, Clock clock) {
		this.cursors = cursors;
		this.entryApplication = entryApplication;
		this.audit = audit;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.probe = probe.getIfAvailable(() -> new ApplyProbe() {
		});
		this.clock = clock;
	}

	ApplyOutcome apply(Link from, Channel channel, String epoch, List<Entry> entries) {
		return apply(from, channel, epoch, entries, true);
	}

	/**
	 * Applies entries in one transaction.
	 * @param countFailure whether a failure counts towards blocking the channel: not for
	 * a merged run of batches, which is tried again one batch at a time
	 */
	ApplyOutcome apply(Link from, Channel channel, String epoch, List<Entry> entries, boolean countFailure) {
		try {
			return this.transaction.execute((status) -> {
				ApplyOutcome outcome = applyLocked(from, channel, epoch, entries);
				if (!(outcome instanceof Applied)) {
					status.setRollbackOnly();
				}
				return outcome;
			});
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
			if (!countFailure) {
				return new Refused(expected(from, channel), Refusal.APPLY_FAILED, error);
			}
			this.cursors.failed(from.peer(), channel, error, this.settings.blockAfterFailures(), this.clock.instant());
			this.cursors.find(from.peer(), channel)
				.filter((cursor) -> cursor.state() == CursorState.BLOCKED
						&& cursor.failures() == this.settings.blockAfterFailures())
				.ifPresent((cursor) -> blocked(from, channel, error));
			return new Refused(expected(from, channel), Refusal.APPLY_FAILED, error);
		}
	}

	/**
	 * The channel just became blocked: an alarm for the node's operators, who clear it
	 * with the link's resume (docs/protocol.md §10).
	 */
	private void blocked(Link from, Channel channel, String error) {
		String detail = "receiving " + Channels.key(channel) + " from " + from.peer() + " is blocked after "
				+ this.settings.blockAfterFailures() + " failed attempts in a row; the link's resume retries it. Last: "
				+ error;
		logger.error("ALARM: {}", detail);
		this.audit.record("CHANNEL_BLOCKED", from, detail);
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
		EntryApplication.Run run = this.entryApplication.log(from, channel, now);
		int index = 0;
		String fingerprint = null;
		for (Entry entry : entries) {
			if (entry.getSeq() <= applied && deduplicate) {
				index++;
				continue;
			}
			if (entry.getSeq() != applied + 1 && (deduplicate || entry.getSeq() > applied + 1)) {
				run.finish();
				return new Refused(cursor.appliedSeq() + 1, Refusal.GAP,
						"expected entry " + (applied + 1) + ", got " + entry.getSeq());
			}
			try {
				this.probe.beforeEntry(from, channel, entry.getSeq(), index++);
			}
			catch (RuntimeException ex) {
				// the entries before this one come first, as they would one by one
				run.finish();
				throw ex;
			}
			run.take(entry);
			if (entry.getSeq() >= applied) {
				fingerprint = EntryFingerprint.of(entry.getEventId(), entry.getDestinationNode());
			}
			applied = Math.max(applied, entry.getSeq());
		}
		run.finish();
		if (applied > cursor.appliedSeq()) {
			this.cursors.advance(from.peer(), channel, applied, fingerprint, now);
		}
		this.probe.beforeCommit(from, channel);
		List<AppliedDelivery> done = List.copyOf(run.applied());
		if (!done.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					InboundApplier.this.probe.committed(from, channel, done);
				}
			});
		}
		return new Applied(applied, List.copyOf(run.quarantined()));
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
