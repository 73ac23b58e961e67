package org.ducha.node.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.federation.HelloDecision.Resume;
import org.ducha.node.federation.HelloDecision.Resync;
import org.ducha.node.federation.OutboundChannel.Mode;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.Progress;
import org.ducha.proto.federation.v1.ResyncReason;
import org.ducha.proto.federation.v1.ResyncRequired;
import org.ducha.proto.federation.v1.SnapshotChunk;

/**
 * The sending half of a session (docs/protocol.md §2, §4): each outbound channel's log in
 * windowed batches, alerts first, resent from the first unacknowledged entry after a Nack
 * or a timeout; or, when the peer asks for it, a snapshot in chunks. What the peer
 * quarantined of it, as its Ack or Progress says, is recorded here too (§8.3).
 */
final class LinkSender {

	private static final Logger logger = LoggerFactory.getLogger(LinkSender.class);

	private final Link link;

	private final FrameSink sink;

	private final OutboxStore logs;

	private final Snapshots snapshots;

	private final LinkStore links;

	private final LinkAudit audit;

	private final Quarantine quarantine;

	private final FederationSettings settings;

	private final SenderMeters meters;

	private final Clock clock;

	private final Map<Channel, OutboundChannel> channels = new EnumMap<>(Channel.class);

	LinkSender(Link link, FrameSink sink, OutboxStore logs, Snapshots snapshots, LinkStore links, LinkAudit audit,
			Quarantine quarantine, FederationSettings settings, SenderMeters meters, Clock clock) {
		this.link = link;
		this.sink = sink;
		this.logs = logs;
		this.snapshots = snapshots;
		this.links = links;
		this.audit = audit;
		this.quarantine = quarantine;
		this.settings = settings;
		this.meters = meters;
		this.clock = clock;
	}

	/** Decides where each channel starts from the cursors in the peer's Hello. */
	void start(Map<Channel, org.ducha.proto.federation.v1.InboundCursor> peerCursors) {
		for (Channel channel : Channels.sentTo(this.link.role())) {
			OutboundChannel state = new OutboundChannel(channel);
			state.sentBefore = this.meters.highestSent(this.link.peer(), channel);
			this.channels.put(channel, state);
			startFrom(state, peerCursors.get(channel));
		}
	}

	/** Where this node starts sending a channel, from the cursor the peer reported. */
	private void startFrom(OutboundChannel state, org.ducha.proto.federation.v1.InboundCursor peerCursor) {
		LogInfo log = this.logs.require(this.link.peer(), state.channel);
		state.epoch = log.epoch();
		if (log.blocked()) {
			state.mode = Mode.BLOCKED;
			return;
		}
		HelloDecision decision = decide(state.channel, log, peerCursor);
		if (decision instanceof Resync resync && resync.reason() == ResyncReason.RESYNC_REASON_SENDER_REGRESSED) {
			renewRestoredLog(state, log, peerCursor);
			return;
		}
		if (decision instanceof Resume resume) {
			if (resume.fromSeq() > 1) {
				this.logs.acknowledge(this.link.peer(), state.channel, resume.fromSeq() - 1);
			}
			state.resumeLog(resume.fromSeq());
		}
		else {
			state.mode = Mode.AWAITING_RESYNC;
		}
	}

	private HelloDecision decide(Channel channel, LogInfo log, org.ducha.proto.federation.v1.InboundCursor peerCursor) {
		long applied = peerCursor.getAppliedSeq();
		String logFingerprint = (applied > 0 && applied <= log.lastSeq())
				? this.logs.fingerprintAt(this.link.peer(), channel, applied) : EntryFingerprint.UNKNOWN;
		return HelloDecision.decide(peerCursor.getEpoch(), applied, log.epoch(), log.lastSeq(), log.firstRetainedSeq(),
				Channels.isStateOfTheWorld(channel), peerCursor.getAppliedFingerprint(), logFingerprint);
	}

	/**
	 * This node was restored from a backup: the peer applied entries this log no longer
	 * holds, or other ones at the same positions. The log takes a new epoch and numbers
	 * on after what the peer applied, so no sequence number is handed out twice, and the
	 * peer re-syncs from a snapshot (docs/protocol.md, "Restored nodes"). When the peer
	 * could not see the divergence from the Hello (the log now ends after its cursor), a
	 * batch of the new epoch makes it refuse the session, and the next Hello shows the
	 * new epoch.
	 */
	private void renewRestoredLog(OutboundChannel state, LogInfo log,
			org.ducha.proto.federation.v1.InboundCursor peerCursor) {
		long applied = peerCursor.getAppliedSeq();
		HelloDecision seenByPeer = HelloDecision.decide(peerCursor.getEpoch(), applied, log.epoch(), log.lastSeq(),
				log.firstRetainedSeq(), Channels.isStateOfTheWorld(state.channel), peerCursor.getAppliedFingerprint(),
				HelloDecision.logFingerprintAt(applied, log.lastSeq(),
						this.logs.fingerprintAt(this.link.peer(), state.channel, log.lastSeq())));
		state.epoch = this.logs.renew(this.link.peer(), state.channel, applied);
		this.audit.record("LOG_RENEWED", this.link,
				Channels.key(state.channel) + ": the peer applied up to entry " + applied + " of epoch "
						+ peerCursor.getEpoch() + " but this log (restored from a backup) ends at " + log.lastSeq()
						+ " or holds other entries; new epoch " + state.epoch + ", numbering after " + applied);
		if (seenByPeer instanceof Resume) {
			state.resumeLog(applied + 1);
		}
		else {
			state.mode = Mode.AWAITING_RESYNC;
		}
	}

	/** Sends what the window and the transport allow, alerts first. */
	void pump() {
		Instant now = this.clock.instant();
		for (Channel channel : Channels.sentTo(this.link.role())) {
			OutboundChannel state = this.channels.get(channel);
			if (state.retryAt != null) {
				if (now.isBefore(state.retryAt)) {
					continue;
				}
				state.retryAt = null;
			}
			if (state.mode == Mode.SNAPSHOT) {
				sendChunk(state, now);
			}
			else if (state.mode == Mode.LOG) {
				sendLog(state, now);
			}
		}
	}

	private void sendLog(OutboundChannel state, Instant now) {
		while (state.inFlight.size() < this.settings.window() && this.sink.isReady()) {
			List<OutboundEntry> entries = this.logs.read(this.link.peer(), state.channel, state.nextSeq,
					this.settings.batchEntries(), this.settings.batchBytes());
			if (entries.isEmpty()) {
				return;
			}
			Batch.Builder batch = Batch.newBuilder().setChannel(state.channel).setEpoch(state.epoch);
			entries.forEach((entry) -> batch.addEntries(entry.toEntry()));
			this.sink.send(Frame.newBuilder().setBatch(batch).build());
			long last = entries.get(entries.size() - 1).seq();
			countResent(state, entries.get(0).seq(), last);
			state.sent(last, now);
			this.meters.sent(this.link.peer(), state.channel, last);
		}
	}

	/**
	 * Counts the entries of a batch sent before: in this session (after a Nack or a
	 * timeout) or by an earlier session of the link (a reconnect).
	 */
	private void countResent(OutboundChannel state, long first, long last) {
		long again = Math.min(last, state.highestSent) - first + 1;
		if (again > 0 && state.resendCause != null) {
			this.meters.resent(this.link.peer(), state.channel, state.resendCause, again);
		}
		long fromBefore = Math.min(last, state.sentBefore) - Math.max(first, state.highestSent + 1) + 1;
		if (fromBefore > 0) {
			this.meters.resent(this.link.peer(), state.channel, SenderMeters.Cause.RECONNECT, fromBefore);
		}
	}

	private void sendChunk(OutboundChannel state, Instant now) {
		if (state.chunkInFlight || !this.sink.isReady()) {
			return;
		}
		SnapshotChunk chunk = this.snapshots.chunk(this.link, state.channel, state.snapshotId, state.epoch,
				state.watermark, state.snapshotKey, this.settings.snapshotChunkRecords());
		this.sink.send(Frame.newBuilder().setSnapshotChunk(chunk).build());
		state.chunkInFlight = true;
		state.waitingSince = now;
	}

	/**
	 * @return false when the Ack is not acceptable on this link (and was audited)
	 */
	boolean onAck(Ack ack) {
		OutboundChannel state = this.channels.get(ack.getChannel());
		if (state == null) {
			this.audit.record("FRAME_REFUSED", this.link,
					"Ack on channel " + ack.getChannel() + " which this node does not send");
			return false;
		}
		if (state.mode != Mode.LOG) {
			return true;
		}
		long through = ack.getAppliedThroughSeq();
		if (through > state.highestSent) {
			this.audit.record("FRAME_REFUSED", this.link, "Ack of entry " + through + " on " + ack.getChannel()
					+ ", beyond the highest sent (" + state.highestSent + ")");
			return false;
		}
		if (ack.getQuarantinedList().stream().anyMatch((entry) -> entry.getSeq() > through || entry.getSeq() == 0)) {
			this.audit.record("FRAME_REFUSED", this.link,
					"Ack on " + ack.getChannel() + " lists quarantined entries beyond entry " + through);
			return false;
		}
		// the peer set these aside and moved on: recorded here too, for this node's
		// operators
		this.quarantine.refusedByPeer(this.link, state.channel, ack.getQuarantinedList());
		if (through > state.acked) {
			this.logs.acknowledge(this.link.peer(), state.channel, through);
		}
		state.acknowledged(through, this.clock.instant());
		pump();
		return true;
	}

	/**
	 * Sends again from the expected entry, waits after a refusal to apply, or blocks the
	 * channel when the peer refuses what this node sent.
	 * @return false when the session must end (the peer follows another epoch)
	 */
	boolean onNack(Nack nack) {
		OutboundChannel state = this.channels.get(nack.getChannel());
		if (state == null) {
			this.audit.record("FRAME_REFUSED", this.link,
					"Nack on channel " + nack.getChannel() + " which this node does not send: " + nack.getDetail());
			return true;
		}
		if (state.mode != Mode.LOG) {
			return true;
		}
		Instant now = this.clock.instant();
		switch (nack.getReason()) {
			case NACK_REASON_GAP -> state.rewind(nack.getExpectedSeq(), SenderMeters.Cause.NACK);
			case NACK_REASON_EPOCH_MISMATCH -> {
				return false;
			}
			case NACK_REASON_APPLY_FAILED, NACK_REASON_NOT_ACCEPTING -> {
				state.rewind(nack.getExpectedSeq(), SenderMeters.Cause.NACK);
				state.refusals++;
				state.retryAt = now.plus(this.settings.retryAfterRefusal().multipliedBy(Math.min(state.refusals, 12)));
			}
			default -> {
				// the peer refuses what this node sent: retrying cannot help, an operator
				// must look
				String error = "peer refused " + nack.getChannel() + " from entry " + nack.getExpectedSeq() + " ("
						+ nack.getReason() + "): " + nack.getDetail();
				state.mode = Mode.BLOCKED;
				this.logs.block(this.link.peer(), state.channel, error);
				this.links.error(this.link.peer(), error, now);
				this.audit.record("CHANNEL_BLOCKED", this.link, error);
				return true;
			}
		}
		pump();
		return true;
	}

	/** The peer cannot resume a channel: start (or continue) a snapshot of it. */
	void onResyncRequired(ResyncRequired request) {
		OutboundChannel state = this.channels.get(request.getChannel());
		if (state == null) {
			this.audit.record("FRAME_REFUSED", this.link,
					"ResyncRequired on channel " + request.getChannel() + " which this node does not send");
			return;
		}
		LogInfo log = this.logs.require(this.link.peer(), state.channel);
		boolean continuing = !request.getSnapshotId().isEmpty() && request.getResumeEpoch().equals(log.epoch())
				&& request.getResumeWatermark() <= log.lastSeq()
				&& log.firstRetainedSeq() <= request.getResumeWatermark() + 1;
		if (continuing) {
			state.startSnapshot(request.getSnapshotId(), log.epoch(), request.getResumeWatermark(),
					request.getResumeAfterKey());
		}
		else {
			state.startSnapshot(UUID.randomUUID().toString(), log.epoch(), log.lastSeq(), "");
		}
		this.audit.record("RESYNC_STARTED", this.link,
				"sending " + (continuing ? "the rest of " : "") + "snapshot " + state.snapshotId + " of "
						+ request.getChannel() + " at watermark " + state.watermark + " (" + request.getReason() + ": "
						+ request.getDetail() + ")");
		pump();
	}

	/**
	 * The peer applied a chunk; after the last one the log resumes after the watermark.
	 */
	void onProgress(Progress progress) {
		OutboundChannel state = this.channels.get(progress.getChannel());
		if (state == null || state.mode != Mode.SNAPSHOT || !progress.getSnapshotId().equals(state.snapshotId)) {
			return;
		}
		this.quarantine.refusedByPeer(this.link, state.channel, progress.getQuarantinedList());
		if (progress.getComplete()) {
			this.logs.acknowledge(this.link.peer(), state.channel, state.watermark);
			state.resumeLog(state.watermark + 1);
			this.audit.record("RESYNC_COMPLETED", this.link, "snapshot " + state.snapshotId + " of "
					+ progress.getChannel() + " applied by the peer; log resumes at " + state.nextSeq);
		}
		else {
			state.snapshotKey = progress.getAppliedThroughKey();
			state.chunkInFlight = false;
			state.waitingSince = null;
		}
		pump();
	}

	/**
	 * Resends what was not acknowledged in time: within the Ack timeout in force, which
	 * adapts to the pace at which the peer acknowledges (docs/protocol.md, "Adaptive Ack
	 * timeout").
	 */
	void tick(Instant now) {
		for (OutboundChannel state : this.channels.values()) {
			Duration timeout = state.ackTimeout(this.settings);
			this.meters.ackTimeout(this.link.peer(), state.channel, timeout);
			if (state.overdue(now, timeout)) {
				logger.info("No acknowledgement from {} on {} for {}; sending again", this.link.peer(), state.channel,
						timeout);
				if (state.mode == Mode.SNAPSHOT) {
					state.chunkInFlight = false;
				}
				else {
					state.rewind(state.acked + 1, SenderMeters.Cause.ACK_TIMEOUT);
				}
				state.waitingSince = null;
			}
		}
		pump();
	}

	static Frame ack(Channel channel, long through, List<QuarantinedEntry> quarantined) {
		return Frame.newBuilder()
			.setAck(Ack.newBuilder()
				.setChannel(channel)
				.setAppliedThroughSeq(through)
				.addAllQuarantined(quarantined.stream().map(QuarantinedEntry::toWire).toList()))
			.build();
	}

	static Frame progress(SnapshotChunk chunk, boolean complete, List<QuarantinedEntry> quarantined) {
		return Frame.newBuilder()
			.setProgress(Progress.newBuilder()
				.setChannel(chunk.getChannel())
				.setSnapshotId(chunk.getSnapshotId())
				.setAppliedThroughKey(chunk.getLastKey())
				.setComplete(complete)
				.addAllQuarantined(quarantined.stream().map(QuarantinedEntry::toWire).toList()))
			.build();
	}

}
