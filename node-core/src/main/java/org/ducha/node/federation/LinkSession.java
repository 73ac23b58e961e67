package org.ducha.node.federation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.federation.ApplyOutcome.Applied;
import org.ducha.node.federation.ApplyOutcome.Refused;
import org.ducha.node.federation.OutboundChannel.Mode;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.Progress;
import org.ducha.proto.federation.v1.ResyncRequired;
import org.ducha.proto.federation.v1.SnapshotChunk;

/**
 * One connection of a link, from Hello to close (DESIGN §4.3–4.4). It sends each outbound
 * channel's log in windowed batches and answers the peer's batches with Ack or Nack once
 * they are committed. Not thread-safe: the transport calls it from one thread at a time.
 */
public final class LinkSession {

	private static final Logger logger = LoggerFactory.getLogger(LinkSession.class);

	private final LinkEngine engine;

	private final FrameSink sink;

	private final Runnable onOpen;

	private final Map<Channel, OutboundChannel> outbound = new EnumMap<>(Channel.class);

	private Link link;

	private Phase phase = Phase.AWAITING_HELLO;

	private final Instant startedAt;

	private enum Phase {

		AWAITING_HELLO, OPEN, CLOSED

	}

	LinkSession(LinkEngine engine, FrameSink sink, Link link, Runnable onOpen) {
		this.engine = engine;
		this.sink = sink;
		this.link = link;
		this.onOpen = onOpen;
		this.startedAt = engine.clock.instant();
	}

	/** The link, once known (the parent learns it from the child's Hello). */
	public Link link() {
		return this.link;
	}

	FrameSink sink() {
		return this.sink;
	}

	public boolean isOpen() {
		return this.phase == Phase.OPEN;
	}

	void start() {
		if (this.link != null) {
			this.sink.send(Frame.newBuilder().setHello(HelloExchange.hello(this.engine, this.link)).build());
		}
	}

	/** Handles one frame from the peer. */
	public void onFrame(Frame frame) {
		if (this.phase == Phase.CLOSED) {
			return;
		}
		if (frame.getKindCase() == Frame.KindCase.HELLO) {
			onHello(frame.getHello());
			return;
		}
		if (this.phase != Phase.OPEN) {
			refuseStream("FRAME_BEFORE_HELLO", "a " + frame.getKindCase() + " frame arrived before Hello");
			return;
		}
		switch (frame.getKindCase()) {
			case BATCH -> onBatch(frame.getBatch());
			case ACK -> onAck(frame.getAck());
			case NACK -> onNack(frame.getNack());
			case RESYNC_REQUIRED -> onResyncRequired(frame.getResyncRequired());
			case SNAPSHOT_CHUNK -> onSnapshotChunk(frame.getSnapshotChunk());
			case PROGRESS -> onProgress(frame.getProgress());
			default -> refuseFrame("FRAME_REFUSED", "a frame without a known kind");
		}
	}

	private void onHello(Hello hello) {
		if (this.phase != Phase.AWAITING_HELLO) {
			this.engine.audit("FRAME_REFUSED", this.link, "a second Hello on an open session was ignored");
			return;
		}
		HelloExchange.Accepted accepted = HelloExchange.accept(this.engine, this.link, this.sink, hello);
		if (accepted == null) {
			close("Hello refused");
			return;
		}
		if (this.link == null) {
			this.link = accepted.link();
			this.engine.sessions.register(this);
			this.sink.send(Frame.newBuilder().setHello(HelloExchange.hello(this.engine, this.link)).build());
		}
		else {
			this.engine.sessions.register(this);
		}
		for (Channel channel : Channels.sentTo(this.link.role())) {
			OutboundChannel state = new OutboundChannel(channel);
			this.outbound.put(channel, state);
			HelloExchange.decideSending(this.engine, this.link, state, accepted.peerCursors().get(channel));
		}
		for (ResyncRequired resync : HelloExchange.decideReceiving(this.engine, this.link, accepted.peerLogs())) {
			this.sink.send(Frame.newBuilder().setResyncRequired(resync).build());
		}
		this.phase = Phase.OPEN;
		this.onOpen.run();
		pump();
	}

	private void onBatch(Batch batch) {
		Channel channel = batch.getChannel();
		if (!Channels.receivedFrom(this.link.role()).contains(channel)) {
			refuseBatch(batch, NackReason.NACK_REASON_MALFORMED, 0,
					"channel " + channel + " does not flow in this direction");
			return;
		}
		if (batch.getEntriesCount() > this.engine.settings.maxBatchEntries()
				|| batch.getSerializedSize() > this.engine.settings.maxFrameBytes()) {
			refuseBatch(batch, NackReason.NACK_REASON_OVERSIZED, expected(channel),
					"batch of " + batch.getEntriesCount() + " entries and " + batch.getSerializedSize()
							+ " bytes exceeds " + this.engine.settings.maxBatchEntries() + " entries or "
							+ this.engine.settings.maxFrameBytes() + " bytes");
			return;
		}
		ApplyOutcome outcome = this.engine.apply(this.link, channel, batch.getEpoch(), batch.getEntriesList());
		if (outcome instanceof Applied applied) {
			this.sink.send(Frame.newBuilder()
				.setAck(Ack.newBuilder().setChannel(channel).setAppliedThroughSeq(applied.through()))
				.build());
			return;
		}
		Refused refused = (Refused) outcome;
		NackReason reason = switch (refused.refusal()) {
			case GAP -> NackReason.NACK_REASON_GAP;
			case EPOCH_MISMATCH -> NackReason.NACK_REASON_EPOCH_MISMATCH;
			case MALFORMED -> NackReason.NACK_REASON_MALFORMED;
			case FORBIDDEN -> NackReason.NACK_REASON_FORBIDDEN;
			case APPLY_FAILED -> NackReason.NACK_REASON_APPLY_FAILED;
			case NOT_ACCEPTING -> NackReason.NACK_REASON_NOT_ACCEPTING;
		};
		refuseBatch(batch, reason, refused.expected(), refused.detail());
	}

	private long expected(Channel channel) {
		return this.engine.cursors.find(this.link.peer(), channel).map((c) -> c.appliedSeq() + 1).orElse(1L);
	}

	private void refuseBatch(Batch batch, NackReason reason, long expected, String detail) {
		String range = batch.getEntriesCount() == 0 ? "empty batch" : "entries " + batch.getEntries(0).getSeq() + ".."
				+ batch.getEntries(batch.getEntriesCount() - 1).getSeq();
		this.engine.audit("BATCH_REFUSED", this.link,
				reason.name() + " on " + batch.getChannel() + " (" + range + "): " + detail);
		this.sink.send(Frame.newBuilder()
			.setNack(Nack.newBuilder()
				.setChannel(batch.getChannel())
				.setExpectedSeq(expected)
				.setReason(reason)
				.setDetail(detail))
			.build());
	}

	private void onAck(Ack ack) {
		OutboundChannel state = this.outbound.get(ack.getChannel());
		if (state == null) {
			refuseFrame("FRAME_REFUSED", "Ack on channel " + ack.getChannel() + " which this node does not send");
			return;
		}
		if (state.mode != Mode.LOG) {
			return;
		}
		long through = ack.getAppliedThroughSeq();
		if (through > state.highestSent) {
			refuseFrame("FRAME_REFUSED", "Ack of entry " + through + " on " + ack.getChannel()
					+ ", beyond the highest sent (" + state.highestSent + ")");
			return;
		}
		if (through > state.acked) {
			this.engine.outbox.acknowledge(this.link.peer(), state.channel, through);
		}
		state.acknowledged(through, this.engine.clock.instant());
		pump();
	}

	private void onNack(Nack nack) {
		OutboundChannel state = this.outbound.get(nack.getChannel());
		if (state == null) {
			refuseFrame("FRAME_REFUSED", "Nack on channel " + nack.getChannel() + " which this node does not send");
			return;
		}
		if (state.mode != Mode.LOG) {
			return;
		}
		Instant now = this.engine.clock.instant();
		switch (nack.getReason()) {
			case NACK_REASON_GAP -> state.rewind(nack.getExpectedSeq());
			case NACK_REASON_EPOCH_MISMATCH -> {
				close("the peer follows another epoch of the " + nack.getChannel() + " log");
				return;
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
				return;
			}
		}
		pump();
	}

	private void onResyncRequired(ResyncRequired request) {
		OutboundChannel state = this.outbound.get(request.getChannel());
		if (state == null) {
			refuseFrame("FRAME_REFUSED",
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

	private void onProgress(Progress progress) {
		OutboundChannel state = this.outbound.get(progress.getChannel());
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

	private void onSnapshotChunk(SnapshotChunk chunk) {
		if (!Channels.receivedFrom(this.link.role()).contains(chunk.getChannel())) {
			refuseFrame("FRAME_REFUSED",
					"snapshot chunk on channel " + chunk.getChannel() + " which does not flow this way");
			return;
		}
		Boolean complete;
		try {
			complete = this.engine.applySnapshot(this.link, chunk);
		}
		catch (ForbiddenEventException | MalformedEventException ex) {
			this.engine.audit("SNAPSHOT_REFUSED", this.link, ex.getMessage());
			close("snapshot refused: " + ex.getMessage());
			return;
		}
		if (complete == null) {
			return; // not re-syncing: a chunk of a snapshot already complete
		}
		if (complete) {
			this.engine.audit("RESYNC_COMPLETED", this.link, "snapshot " + chunk.getSnapshotId() + " of "
					+ chunk.getChannel() + " applied; following the log from " + (chunk.getWatermark() + 1));
		}
		this.sink.send(Frame.newBuilder()
			.setProgress(Progress.newBuilder()
				.setChannel(chunk.getChannel())
				.setSnapshotId(chunk.getSnapshotId())
				.setAppliedThroughKey(chunk.getLastKey())
				.setComplete(complete))
			.build());
	}

	/** Sends what the window and the transport allow, alerts first. */
	public void pump() {
		if (this.phase != Phase.OPEN) {
			return;
		}
		Instant now = this.engine.clock.instant();
		for (Channel channel : Channels.sentTo(this.link.role())) {
			OutboundChannel state = this.outbound.get(channel);
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
			for (OutboundEntry entry : entries) {
				batch.addEntries(entry(entry));
			}
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

	private static Entry entry(OutboundEntry entry) {
		return Entry.newBuilder()
			.setSeq(entry.seq())
			.setEventId(entry.eventId())
			.setOriginNode(entry.originNode())
			.setDestinationNode(entry.destinationNode())
			.setOccurredAt(Timestamp.newBuilder()
				.setSeconds(entry.occurredAt().getEpochSecond())
				.setNanos(entry.occurredAt().getNano()))
			.setEvent(InboundApplier.parse(entry.payload()))
			.build();
	}

	/**
	 * Periodic duties: close a session that never said Hello, resend what was not
	 * acknowledged in time, send what a refusal held back.
	 */
	public void tick() {
		Instant now = this.engine.clock.instant();
		if (this.phase == Phase.AWAITING_HELLO
				&& now.isAfter(this.startedAt.plus(this.engine.settings.helloTimeout()))) {
			close("no Hello within " + this.engine.settings.helloTimeout());
			return;
		}
		if (this.phase != Phase.OPEN) {
			return;
		}
		for (OutboundChannel state : this.outbound.values()) {
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

	/** Ends the session; what it did not finish is resent by the next one. */
	public void close(String reason) {
		if (this.phase == Phase.CLOSED) {
			return;
		}
		this.phase = Phase.CLOSED;
		this.engine.sessions.unregister(this);
		if (this.link != null && this.link.role() == PeerRole.CHILD
				&& this.engine.sessions.find(this.link.peer()).isEmpty()) {
			this.engine.links.state(this.link.peer(), LinkState.DISCONNECTED, this.engine.clock.instant());
		}
		logger.info("Link session with {} closed: {}", (this.link != null) ? this.link.peer() : "an unidentified peer",
				reason);
		this.sink.close(reason);
	}

	private void refuseFrame(String action, String detail) {
		this.engine.audit(action, this.link, detail);
	}

	private void refuseStream(String action, String detail) {
		if (this.link != null) {
			this.engine.audit(action, this.link, detail);
		}
		else {
			this.engine.auditAnonymous(action, detail);
		}
		close(detail);
	}

}
