package org.ducha.node.federation.grpc;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.attachment.AttachmentPushDue;
import org.ducha.node.attachment.AttachmentSettings;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.attachment.Transfer;
import org.ducha.node.federation.LinkSessions;
import org.ducha.node.federation.LinkStateRecorder;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes attachments to the parent and fetches from it: the transfers queued with the
 * records that reference them, pushes once their bytes are here, fetches of what a record
 * from above referenced, while the link to the parent is up (connected and not paused).
 * Each push resumes from what the parent holds; a failed one waits, doubling with each
 * failure, and nothing is lost across cuts and restarts since the queue is in the
 * database. On a relay the bytes a child pushed go on to the parent this way.
 */
public class AttachmentPusher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(AttachmentPusher.class);

	private static final int BATCH = 16;

	private final String parent;

	private final ParentAttachmentCalls calls;

	private final AttachmentTransfers transfers;

	private final AttachmentSettings settings;

	private final LinkSessions sessions;

	private final LinkStateRecorder states;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	private ScheduledExecutorService scheduler;

	private volatile boolean running;

	AttachmentPusher(String parent, ParentAttachmentCalls calls, AttachmentTransfers transfers,
			AttachmentSettings settings, LinkSessions sessions, LinkStateRecorder states) {
		this.parent = parent;
		this.calls = calls;
		this.transfers = transfers;
		this.settings = settings;
		this.sessions = sessions;
		this.states = states;
	}

	@Override
	public void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ducha-attachments-to-" + this.parent);
			thread.setDaemon(true);
			return thread;
		});
		this.running = true;
		long poll = this.settings.push().pollInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::pushDue, poll, poll, TimeUnit.MILLISECONDS);
	}

	/** A transfer was queued or bytes arrived: look at once (after the commit). */
	@TransactionalEventListener(fallbackExecution = true)
	void on(AttachmentPushDue due) {
		wake();
	}

	/** Looks for due pushes now. */
	public void wake() {
		if (this.running && this.wakeQueued.compareAndSet(false, true)) {
			this.scheduler.execute(() -> {
				this.wakeQueued.set(false);
				pushDue();
			});
		}
	}

	private void pushDue() {
		try {
			while (this.running && linkIsUp()) {
				List<Transfer> due = this.transfers.due(this.parent, BATCH);
				if (due.isEmpty() || !pushAll(due)) {
					break;
				}
			}
			while (this.running && linkIsUp()) {
				List<Sha256> due = this.transfers.dueFetches(this.parent, BATCH);
				if (due.isEmpty() || !fetchAll(due)) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Moving attachments to or from {} failed", this.parent, ex);
		}
	}

	/**
	 * Fetches a batch from the parent; false when one failed (the parent may not hold it
	 * yet: a relay fetches it from its own parent first). The rest wait for the next
	 * round.
	 */
	private boolean fetchAll(List<Sha256> due) {
		for (Sha256 sha256 : due) {
			if (!this.running) {
				return false;
			}
			try {
				if (this.calls.fetch(sha256)) {
					this.transfers.fetched(sha256);
					logger.debug("Attachment {} came from {}", sha256, this.parent);
					continue;
				}
				this.transfers.fetchFailed(sha256, this.parent, "the parent sent part of the attachment");
			}
			catch (StatusRuntimeException ex) {
				this.transfers.fetchFailed(sha256, this.parent, describe(ex.getStatus()));
			}
			catch (RuntimeException ex) {
				this.transfers.fetchFailed(sha256, this.parent, "receiving it failed: " + ex.getMessage());
			}
			return false;
		}
		return true;
	}

	/**
	 * Fetches an attachment the parent holds and a record of this subtree references (a
	 * node that lost bytes gets them back this way), resuming what was fetched before.
	 * @return whether it is here whole and verified
	 */
	public boolean fetchFromParent(Sha256 sha256) {
		return this.calls.fetch(sha256);
	}

	private boolean linkIsUp() {
		return this.sessions.find(this.parent).isPresent() && !this.states.isPaused(this.parent);
	}

	/** Pushes a batch; false when one failed (the rest wait for the next round). */
	private boolean pushAll(List<Transfer> due) {
		for (Transfer transfer : due) {
			if (!this.running) {
				return false;
			}
			try {
				if (this.calls.push(transfer)) {
					this.transfers.pushed(transfer);
					logger.debug("Attachment {} is at {}", transfer.sha256(), this.parent);
				}
				else {
					this.transfers.pushFailed(transfer, "the parent did not take the whole attachment");
					return false;
				}
			}
			catch (StatusRuntimeException ex) {
				failed(transfer, describe(ex.getStatus()));
				return false;
			}
			catch (java.io.IOException ex) {
				failed(transfer, "reading it here failed: " + ex.getMessage());
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private void failed(Transfer transfer, String why) {
		logger.info("Pushing attachment {} to {} failed (attempt {}): {}", transfer.sha256(), this.parent,
				transfer.attempts() + 1, why);
		this.transfers.pushFailed(transfer, why);
	}

	private static String describe(Status status) {
		return status.getCode() + ((status.getDescription() != null) ? ": " + status.getDescription() : "");
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			try {
				this.scheduler.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
