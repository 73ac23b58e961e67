package org.ducha.node.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

import org.ducha.proto.federation.v1.Channel;

/**
 * A session's sending state for one channel: where it is in the log, which batches await
 * their acknowledgement, and any snapshot in progress. Lost with the session; the log and
 * the peer's cursor are the truth.
 */
final class OutboundChannel {

	enum Mode {

		/** Before the peer's Hello. */
		WAITING,

		/** Sending the log. */
		LOG,

		/** The peer cannot resume; waiting for its ResyncRequired. */
		AWAITING_RESYNC,

		/** Streaming a snapshot. */
		SNAPSHOT,

		/** The peer refused an entry; an operator must act. */
		BLOCKED

	}

	final Channel channel;

	Mode mode = Mode.WAITING;

	String epoch;

	/** Next sequence number to send. */
	long nextSeq;

	/** Highest sequence number the peer acknowledged. */
	long acked;

	/** Highest sequence number sent in this session. */
	long highestSent;

	/** Last sequence number of each unacknowledged batch, oldest first. */
	final ArrayDeque<Long> inFlight = new ArrayDeque<>();

	/** When the oldest unacknowledged batch (or chunk) last made progress. */
	Instant waitingSince;

	/** Do not send before this time (after a refusal). */
	Instant retryAt;

	int refusals;

	String snapshotId;

	long watermark;

	/** Last snapshot key the peer applied. */
	String snapshotKey;

	boolean chunkInFlight;

	/** How fast the peer acknowledges, for the Ack timeout in force. */
	final AckPace pace = new AckPace();

	/** Why entries up to {@link #highestSent} are being sent again. */
	SenderMeters.Cause resendCause;

	/** The highest entry an earlier session of the link sent. */
	long sentBefore;

	OutboundChannel(Channel channel) {
		this.channel = channel;
	}

	void resumeLog(long fromSeq) {
		this.mode = Mode.LOG;
		this.nextSeq = fromSeq;
		this.acked = Math.max(this.acked, fromSeq - 1);
		this.highestSent = Math.max(this.highestSent, fromSeq - 1);
		this.inFlight.clear();
		this.waitingSince = null;
	}

	/** Forgets what is in flight and sends again from the first unacknowledged entry. */
	void rewind(long expected, SenderMeters.Cause cause) {
		this.resendCause = cause;
		this.nextSeq = Math.max(expected, this.acked + 1);
		this.inFlight.clear();
		this.waitingSince = null;
	}

	void sent(long lastSeq, Instant now) {
		if (this.inFlight.isEmpty()) {
			this.waitingSince = now;
			this.pace.started(this.acked, now);
		}
		this.inFlight.add(lastSeq);
		this.nextSeq = lastSeq + 1;
		this.highestSent = Math.max(this.highestSent, lastSeq);
	}

	void acknowledged(long through, Instant now) {
		if (through > this.acked) {
			this.pace.acknowledged(through, now);
		}
		this.acked = Math.max(this.acked, through);
		this.nextSeq = Math.max(this.nextSeq, through + 1);
		while (!this.inFlight.isEmpty() && this.inFlight.peek() <= through) {
			this.inFlight.poll();
		}
		this.waitingSince = this.inFlight.isEmpty() ? null : now;
		this.refusals = 0;
	}

	/**
	 * The Ack timeout in force: at least {@code ack-timeout}, longer when the pace at
	 * which the peer acknowledges needs it for the entries unacknowledged.
	 */
	Duration ackTimeout(FederationSettings settings) {
		if (this.mode != Mode.LOG) {
			return settings.ackTimeout();
		}
		return this.pace.timeout(this.highestSent - this.acked, settings.ackTimeout(), settings.ackTimeoutMax(),
				settings.ackTimeoutFactor());
	}

	/** Whether what is in flight waited for its Ack longer than the timeout. */
	boolean overdue(Instant now, Duration timeout) {
		return this.waitingSince != null && now.isAfter(this.waitingSince.plus(timeout));
	}

	void startSnapshot(String snapshotId, String epoch, long watermark, String afterKey) {
		this.mode = Mode.SNAPSHOT;
		this.snapshotId = snapshotId;
		this.epoch = epoch;
		this.watermark = watermark;
		this.snapshotKey = afterKey;
		this.chunkInFlight = false;
		this.inFlight.clear();
		this.waitingSince = null;
	}

}
