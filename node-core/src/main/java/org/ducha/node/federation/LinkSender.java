package org.ducha.node.federation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.federation.OutboundChannel.Mode;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.Progress;
import org.ducha.proto.federation.v1.ResyncRequired;
import org.ducha.proto.federation.v1.SnapshotChunk;

/**
 * The sending half of a session (DESIGN §4.2, §4.4): each outbound channel's log in
 * windowed batches, alerts first, resent from the first unacknowledged entry after a Nack
 * or a timeout; or, when the peer asks for it, a snapshot in chunks.
 */
final class LinkSender {

	private static final Logger logger = LoggerFactory.getLogger(LinkSender.class);

	private final LinkEngine engine;

	private final FrameSink sink;

	private final Link link;

	private final Map<Channel, OutboundChannel> channels = new EnumMap<>(Channel.class);

	LinkSender(LinkEngine engine, FrameSink sink, Link link) {
		this.engine = engine;
		this.sink = sink;
		this.link = link;
	}

	/** Decides where each channel starts from the cursors in the peer's Hello. */
	void start(Map<Channel, org.ducha.proto.federation.v1.InboundCursor> peerCursors) {
		for (Channel channel : Channels.sentTo(this.link.role())) {
			OutboundChannel state = new OutboundChannel(channel);
			this.channels.put(channel, state);
			HelloExchange.decideSending(this.engine, this.link, state, peerCursors.get(channel));
		}
	}

	/** Sends what the window and the transport allow, alerts first. */
	void pump() {
		Instant now = this.engine.clock.instant();
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
		while (state.inFlight.size() < this.engine.settings.window() && this.sink.isReady()) {
			List<OutboundEntry> entries = this.engine.read(this.link, state.channel, state.nextSeq);
			if (entries.isEmpty()) {
				return;
			}
			Batch.Builder batch = Batch.newBuilder().setChannel(state.channel).setEpoch(state.epoch);
			entries.forEach((entry) -> batch.addEntries(entry.toEntry()));
			this.sink.send(Frame.newBuilder().setBatch(batch).build());
			state.sent(entries.get(entries.size() - 1).seq(), now);
		}
	}

	private void sendChunk(OutboundChannel state, Instant now) {
		if (state.chunkInFlight || !this.sink.isReady()) {
			return;
		}
		SnapshotChunk chunk = this.engine.snapshotChunk(this.link, state.channel, state.snapshotId, state.epoch,
				state.watermark, state.snapshotKey);
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
			this.engine.audit("FRAME_REFUSED", this.link,
					"Ack on channel " + ack.getChannel() + " which this node does not send");
			return false;
		}
		if (state.mode != Mode.LOG) {
			return true;
		}
		long through = ack.getAppliedThroughSeq();
		if (through > state.highestSent) {
			this.engine.audit("FRAME_REFUSED", this.link, "Ack of entry " + through + " on " + ack.getChannel()
					+ ", beyond the highest sent (" + state.highestSent + ")");
			return false;
		}
		if (through > state.acked) {
			this.engine.outbox.acknowledge(this.link.peer(), state.channel, through);
		}
		state.acknowledged(through, this.engine.clock.instant());
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
			this.engine.audit("FRAME_REFUSED", this.link,
					"Nack on channel " + nack.getChannel() + " which this node does not send: " + nack.getDetail());
			return true;
		}
		if (state.mode != Mode.LOG) {
			return true;
		}
		Instant now = this.engine.clock.instant();
		switch (nack.getReason()) {
			case NACK_REASON_GAP -> state.rewind(nack.getExpectedSeq());
			case NACK_REASON_EPOCH_MISMATCH -> {
				return false;
			}
			case NACK_REASON_APPLY_FAILED, NACK_REASON_NOT_ACCEPTING -> {
				state.rewind(nack.getExpectedSeq());
				state.refusals++;
				state.retryAt = now
					.plus(this.engine.settings.retryAfterRefusal().multipliedBy(Math.min(state.refusals, 12)));
			}
			default -> {
				// the peer refuses what this node sent: retrying cannot help, an operator
				// must look
				String error = "peer refused " + nack.getChannel() + " from entry " + nack.getExpectedSeq() + " ("
						+ nack.getReason() + "): " + nack.getDetail();
				state.mode = Mode.BLOCKED;
				this.engine.outbox.block(this.link.peer(), state.channel, error);
				this.engine.links.error(this.link.peer(), error, now);
				this.engine.audit("CHANNEL_BLOCKED", this.link, error);
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
			this.engine.audit("FRAME_REFUSED", this.link,
					"ResyncRequired on channel " + request.getChannel() + " which this node does not send");
			return;
		}
		LogInfo log = this.engine.logInfo(this.link, state.channel);
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
		this.engine.audit("RESYNC_STARTED", this.link,
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
		if (progress.getComplete()) {
			this.engine.outbox.acknowledge(this.link.peer(), state.channel, state.watermark);
			state.resumeLog(state.watermark + 1);
			this.engine.audit("RESYNC_COMPLETED", this.link, "snapshot " + state.snapshotId + " of "
					+ progress.getChannel() + " applied by the peer; log resumes at " + state.nextSeq);
		}
		else {
			state.snapshotKey = progress.getAppliedThroughKey();
			state.chunkInFlight = false;
			state.waitingSince = null;
		}
		pump();
	}

	/** Resends what was not acknowledged in time. */
	void tick(Instant now) {
		for (OutboundChannel state : this.channels.values()) {
			if (state.waitingSince != null && now.isAfter(state.waitingSince.plus(this.engine.settings.ackTimeout()))) {
				logger.info("No acknowledgement from {} on {} for {}; sending again", this.link.peer(), state.channel,
						this.engine.settings.ackTimeout());
				if (state.mode == Mode.SNAPSHOT) {
					state.chunkInFlight = false;
				}
				else {
					state.rewind(state.acked + 1);
				}
				state.waitingSince = null;
			}
		}
		pump();
	}

	static Frame ack(Channel channel, long through) {
		return Frame.newBuilder().setAck(Ack.newBuilder().setChannel(channel).setAppliedThroughSeq(through)).build();
	}

	static Frame progress(SnapshotChunk chunk, boolean complete) {
		return Frame.newBuilder()
			.setProgress(Progress.newBuilder()
				.setChannel(chunk.getChannel())
				.setSnapshotId(chunk.getSnapshotId())
				.setAppliedThroughKey(chunk.getLastKey())
				.setComplete(complete))
			.build();
	}

}
