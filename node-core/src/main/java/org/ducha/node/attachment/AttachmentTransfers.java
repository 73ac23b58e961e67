package org.ducha.node.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.ducha.node.problem.TooLargeException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The federation's side of attachments: references that arrive with records, the durable
 * queues of pushes to the parent and of fetches from it, and the bytes received from or
 * sent to a peer in resumable chunks (verified before they become visible).
 */
@Service
public class AttachmentTransfers {

	private final AttachmentStore store;

	private final AttachmentRecords records;

	private final TransferQueue queue;

	private final FetchQueue fetches;

	private final ObjectProvider<AttachmentReferences> references;

	private final AttachmentSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Set<Sha256> receiving = ConcurrentHashMap.newKeySet();

	private final SplittableRandom random = new SplittableRandom();

	AttachmentTransfers(AttachmentStore store, AttachmentRecords records, TransferQueue queue, FetchQueue fetches,
			ObjectProvider<AttachmentReferences> references, AttachmentSettings settings, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.store = store;
		this.records = records;
		this.queue = queue;
		this.fetches = fetches;
		this.references = references;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The largest attachment this node accepts. */
	public long maxBytes() {
		return this.settings.maxSize().toBytes();
	}

	/**
	 * A record from another node references an attachment: it becomes known here, its
	 * bytes to follow (unless they are here already).
	 */
	@Transactional
	public void referenced(AttachmentRef ref) {
		Instant now = this.clock.instant();
		boolean held = this.store.holds(ref.sha256());
		this.records.insertIfAbsent(ref.sha256(), ref.size(), ref.contentType(), ref.name(), now, held ? now : null);
		if (held) {
			this.records.markStored(ref.sha256(), now);
		}
	}

	/**
	 * Queues a push of an attachment to a peer, in the caller's transaction: the record
	 * referencing it and the duty to send its bytes commit together.
	 */
	@Transactional
	public void queue(Sha256 sha256, String peer) {
		this.queue.queue(sha256, peer, this.clock.instant());
		this.events.publishEvent(new AttachmentPushDue(sha256));
	}

	/**
	 * Queues a push in a transaction of its own: for a re-sync, whose records are read in
	 * a read-only transaction.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void queueApart(Sha256 sha256, String peer) {
		queue(sha256, peer);
	}

	/**
	 * Queues a fetch of an attachment from a peer (the parent), in the caller's
	 * transaction, unless its bytes are here already.
	 */
	@Transactional
	public void queueFetch(Sha256 sha256, String peer) {
		if (!this.store.holds(sha256)) {
			this.fetches.queue(sha256, peer, this.clock.instant());
			this.events.publishEvent(new AttachmentPushDue(sha256));
		}
	}

	/** Fetches from a peer that are due now. */
	@Transactional(readOnly = true)
	public List<Sha256> dueFetches(String peer, int limit) {
		return this.fetches.due(peer, this.clock.instant(), limit);
	}

	/** The attachment is here whole: its fetches are done. */
	@Transactional
	public void fetched(Sha256 sha256) {
		this.fetches.done(sha256, this.clock.instant());
	}

	/** A fetch failed (the peer may not hold the bytes yet); it is tried again later. */
	@Transactional
	public void fetchFailed(Sha256 sha256, String peer, String error) {
		this.fetches.failed(sha256, peer, error,
				this.clock.instant().plus(backoff(this.fetches.attempts(sha256, peer))));
	}

	/**
	 * The state of a fetch from a peer ({@code PENDING} or {@code DONE}), if one was
	 * queued.
	 */
	@Transactional(readOnly = true)
	public Optional<String> fetchState(Sha256 sha256, String peer) {
		return this.fetches.state(sha256, peer);
	}

	/** Pushes to a peer that are due now and whose bytes are here. */
	@Transactional(readOnly = true)
	public List<Transfer> due(String peer, int limit) {
		return this.queue.due(peer, this.clock.instant(), limit);
	}

	/** The peer holds the attachment. */
	@Transactional
	public void pushed(Transfer transfer) {
		this.queue.done(transfer.sha256(), transfer.peer(), this.clock.instant());
	}

	/** A push failed; it is tried again after a wait that doubles with each failure. */
	@Transactional
	public void pushFailed(Transfer transfer, String error) {
		this.queue.failed(transfer.sha256(), transfer.peer(), error,
				this.clock.instant().plus(backoff(transfer.attempts())));
	}

	/** The wait after a transfer's failures: doubling from the first, jittered. */
	private Duration backoff(int attempts) {
		AttachmentSettings.Push push = this.settings.push();
		double factor = Math.pow(2, Math.min(attempts, 30));
		long wait = (long) Math.min(push.initialBackoff().toMillis() * factor, push.maxBackoff().toMillis());
		return Duration.ofMillis(Math.round(wait * (0.8 + 0.4 * this.random.nextDouble())));
	}

	/**
	 * The state of a push to a peer ({@code PENDING} or {@code DONE}), if one was queued.
	 */
	@Transactional(readOnly = true)
	public Optional<String> pushState(Sha256 sha256, String peer) {
		return this.queue.state(sha256, peer);
	}

	/** How much of an attachment is here. */
	public TransferState state(Sha256 sha256) {
		if (this.store.holds(sha256)) {
			return new TransferState(this.store.size(sha256), true);
		}
		return new TransferState(this.store.partialLength(sha256), false);
	}

	/**
	 * Starts (or resumes) receiving an attachment. One reception per attachment at a
	 * time.
	 * @throws TooLargeException beyond this node's limit
	 * @throws IllegalStateException when another reception of it is running, or the
	 * offset is not what is held
	 */
	public Reception receive(AttachmentRef ref, long offset) {
		if (ref.size() > maxBytes()) {
			throw new TooLargeException(maxBytes());
		}
		if (!this.receiving.add(ref.sha256())) {
			throw new IllegalStateException("attachment " + ref.sha256() + " is being received already");
		}
		boolean opened = false;
		try {
			Reception reception = new Reception(this, ref, this.store.openPartial(ref.sha256(), offset));
			opened = true;
			return reception;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!opened) {
				this.receiving.remove(ref.sha256());
			}
		}
	}

	/** Verifies received bytes, moves them into place and records them as here. */
	void received(AttachmentRef ref) throws IOException {
		this.store.completePartial(ref.sha256(), ref.size());
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			this.records.insertIfAbsent(ref.sha256(), ref.size(), ref.contentType(), ref.name(), now, now);
			this.records.markStored(ref.sha256(), now);
			this.fetches.done(ref.sha256(), now);
		});
		this.events.publishEvent(new AttachmentPushDue(ref.sha256()));
	}

	void released(Sha256 sha256) {
		this.receiving.remove(sha256);
	}

	/**
	 * An attachment a child may fetch: held here and referenced by a record about the
	 * child's subtree.
	 */
	@Transactional(readOnly = true)
	public Optional<Attachment> forSubtree(Sha256 sha256, Collection<String> nodes) {
		Optional<Attachment> attachment = this.records.find(sha256)
			.filter((a) -> a.isStored() && this.store.holds(sha256));
		if (attachment.isEmpty()
				|| this.references.orderedStream().noneMatch((source) -> source.referencedWithin(sha256, nodes))) {
			return Optional.empty();
		}
		return attachment;
	}

	/** The bytes of an attachment held here, from an offset. */
	public InputStream open(Sha256 sha256, long offset) throws IOException {
		return this.store.open(sha256, offset);
	}

	/**
	 * How much of an attachment a node holds.
	 *
	 * @param heldBytes bytes held
	 * @param complete whether all of it is held and verified
	 */
	public record TransferState(long heldBytes, boolean complete) {
	}

}
