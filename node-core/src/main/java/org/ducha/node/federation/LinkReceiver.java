package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.federation.ApplyOutcome.Applied;
import org.ducha.node.federation.ApplyOutcome.Refused;
import org.ducha.node.federation.HelloDecision.Resync;
import org.ducha.node.federation.InboundCursor.SnapshotProgress;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.OutboundLog;
import org.ducha.proto.federation.v1.ResyncReason;
import org.ducha.proto.federation.v1.ResyncRequired;
import org.ducha.proto.federation.v1.SnapshotChunk;

/**
 * The receiving half of a session (docs/protocol.md §3): decides after Hello whether each
 * channel resumes or needs a re-sync, checks each batch's channel and size, has it
 * applied in one transaction, and answers Ack after the commit — listing the entries it
 * quarantined — or a precise Nack; applies snapshot chunks and answers with their
 * progress. Each channel's batches and chunks are applied in order in the channel's own
 * {@link ChannelLane}, independently of the other channels; batches waiting together in a
 * lane are applied in one transaction (docs/protocol.md, "Lanes and merged batches").
 */
final class LinkReceiver {

	private final Link link;

	private final FrameSink sink;

	private final InboundApplier applier;

	private final Snapshots snapshots;

	private final InboundStore cursors;

	private final Quarantine quarantine;

	private final LinkAudit audit;

	private final RestoredPeers restored;

	private final FederationSettings settings;

	private final Clock clock;

	/** The lanes opened so far; guarded by itself. */
	private final Map<Channel, ChannelLane> lanes = new EnumMap<>(Channel.class);

	private boolean closed;

	LinkReceiver(Link link, FrameSink sink, InboundApplier applier, Snapshots snapshots, InboundStore cursors,
			Quarantine quarantine, LinkAudit audit, RestoredPeers restored, FederationSettings settings, Clock clock) {
		this.link = link;
		this.restored = restored;
		this.sink = sink;
		this.applier = applier;
		this.snapshots = snapshots;
		this.cursors = cursors;
		this.quarantine = quarantine;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Decides every channel this node receives from the peer's logs; returns the re-syncs
	 * to ask for. A channel that resumes is acknowledged at once with the entries lately
	 * quarantined on it: the Ack that listed them may have been lost with the last
	 * connection after its batch committed, and the sender records them only from an Ack
	 * (docs/protocol.md §8.3; recording them twice changes nothing).
	 */
	List<ResyncRequired> start(Map<Channel, OutboundLog> peerLogs) {
		List<ResyncRequired> requests = new ArrayList<>();
		Instant now = this.clock.instant();
		for (Channel channel : Channels.receivedFrom(this.link.role())) {
			OutboundLog log = peerLogs.get(channel);
			InboundCursor cursor = this.cursors.find(this.link.peer(), channel).orElseThrow();
			if (cursor.state() == CursorState.RESYNC_REQUIRED || cursor.state() == CursorState.RESYNCING) {
				requests
					.add(resync(channel, reasonOf(cursor.resyncReason()), "re-sync still pending", cursor.snapshot()));
				continue;
			}
			HelloDecision decision = HelloDecision.decide(cursor.epoch(), cursor.appliedSeq(), log.getEpoch(),
					log.getLastSeq(), log.getFirstRetainedSeq(), Channels.isStateOfTheWorld(channel),
					this.cursors.appliedFingerprint(this.link.peer(), channel),
					HelloDecision.logFingerprintAt(cursor.appliedSeq(), log.getLastSeq(), log.getLastFingerprint()));
			if (decision instanceof Resync resync) {
				this.cursors.requireResync(this.link.peer(), channel, resync.reason().name(), now);
				this.audit.record("RESYNC_REQUIRED", this.link, Channels.key(channel) + ": " + resync.detail());
				accountLost(channel, cursor, log, resync);
				requests.add(resync(channel, resync.reason(), resync.detail(), null));
			}
			else if (cursor.epoch() == null) {
				this.cursors.follow(this.link.peer(), channel, log.getEpoch(), now);
			}
			else {
				restateQuarantined(channel, cursor.appliedSeq());
			}
		}
		return requests;
	}

	/**
	 * A log that went back or was re-created after this node applied from it: what the
	 * peer originated beyond the restored log's acknowledged entry may be lost there
	 * (docs/protocol.md, "Restored nodes"). A peer that tells neither fingerprints nor
	 * acknowledgements (an older node) is taken at its last entry.
	 */
	private void accountLost(Channel channel, InboundCursor cursor, OutboundLog log, Resync resync) {
		if (cursor.appliedSeq() == 0 || (resync.reason() != ResyncReason.RESYNC_REASON_SENDER_REGRESSED
				&& resync.reason() != ResyncReason.RESYNC_REASON_EPOCH_CHANGED)) {
			return;
		}
		boolean told = log.getAckedSeq() > 0 || EntryFingerprint.known(log.getLastFingerprint());
		long after = told ? log.getAckedSeq() : Math.min(log.getLastSeq(), cursor.appliedSeq());
		this.restored.recordLost(this.link, channel, after, cursor.appliedSeq());
	}

	private void restateQuarantined(Channel channel, long appliedSeq) {
		List<QuarantinedEntry> quarantined = this.quarantine.toRestate(this.link, channel, appliedSeq);
		if (!quarantined.isEmpty()) {
			this.sink.send(LinkSender.ack(channel, appliedSeq, quarantined));
		}
	}

	/**
	 * Checks a batch's channel and size at once, then queues it in its channel's lane.
	 */
	void onBatch(Batch batch) {
		Channel channel = batch.getChannel();
		if (!Channels.receivedFrom(this.link.role()).contains(channel)) {
			refuse(batch, NackReason.NACK_REASON_MALFORMED, 0,
					"channel " + channel + " does not flow in this direction");
			return;
		}
		FederationSettings settings = this.settings;
		if (batch.getEntriesCount() > settings.maxBatchEntries()
				|| batch.getSerializedSize() > settings.maxFrameBytes()) {
			refuse(batch, NackReason.NACK_REASON_OVERSIZED, expected(channel),
					"batch of " + batch.getEntriesCount() + " entries and " + batch.getSerializedSize()
							+ " bytes exceeds " + settings.maxBatchEntries() + " entries or " + settings.maxFrameBytes()
							+ " bytes");
			return;
		}
		ChannelLane lane = lane(channel);
		if (lane != null) {
			lane.offer(batch);
		}
	}

	/**
	 * Applies a run of batches that waited together in a lane: in one transaction, the
	 * cursor advanced once and one cumulative Ack; when that is refused, one by one as
	 * they came, so that a Nack names the entry expected after the last one applied.
	 */
	private void applyRun(List<Batch> run) {
		if (run.size() > 1) {
			Batch first = run.get(0);
			List<Entry> entries = new ArrayList<>();
			run.forEach((batch) -> entries.addAll(batch.getEntriesList()));
			ApplyOutcome outcome = this.applier.apply(this.link, first.getChannel(), first.getEpoch(), entries, false);
			if (outcome instanceof Applied applied) {
				this.sink.send(LinkSender.ack(first.getChannel(), applied.through(), applied.quarantined()));
				return;
			}
		}
		run.forEach(this::apply);
	}

	private void apply(Batch batch) {
		Channel channel = batch.getChannel();
		ApplyOutcome outcome = this.applier.apply(this.link, channel, batch.getEpoch(), batch.getEntriesList(), true);
		if (outcome instanceof Applied applied) {
			this.sink.send(LinkSender.ack(channel, applied.through(), applied.quarantined()));
			return;
		}
		Refused refused = (Refused) outcome;
		NackReason reason = switch (refused.refusal()) {
			case GAP -> NackReason.NACK_REASON_GAP;
			case EPOCH_MISMATCH -> NackReason.NACK_REASON_EPOCH_MISMATCH;
			case APPLY_FAILED -> NackReason.NACK_REASON_APPLY_FAILED;
			case NOT_ACCEPTING -> NackReason.NACK_REASON_NOT_ACCEPTING;
		};
		refuse(batch, reason, refused.expected(), refused.detail());
	}

	/** The lane of a channel, opened at its first frame; null once the session ended. */
	private ChannelLane lane(Channel channel) {
		synchronized (this.lanes) {
			if (this.closed) {
				return null;
			}
			return this.lanes.computeIfAbsent(channel, (c) -> new ChannelLane(this.sink.lane(c), this.settings.window(),
					this.settings.mergeEntries(), this::applyRun, this::applyChunk));
		}
	}

	/** The session ended: what waits in the lanes is dropped, the sender resends it. */
	void close() {
		for (ChannelLane lane : closeLanes()) {
			lane.close();
		}
	}

	/**
	 * A new session of the link starts: as {@link #close()}, and waits until no lane
	 * applies anything any more, so that the new session reads settled cursors.
	 */
	void retire() {
		for (ChannelLane lane : closeLanes()) {
			lane.retire();
		}
	}

	private List<ChannelLane> closeLanes() {
		synchronized (this.lanes) {
			this.closed = true;
			return List.copyOf(this.lanes.values());
		}
	}

	private long expected(Channel channel) {
		return this.cursors.find(this.link.peer(), channel).map((c) -> c.appliedSeq() + 1).orElse(1L);
	}

	private void refuse(Batch batch, NackReason reason, long expected, String detail) {
		String range = (batch.getEntriesCount() == 0) ? "empty batch" : "entries " + batch.getEntries(0).getSeq() + ".."
				+ batch.getEntries(batch.getEntriesCount() - 1).getSeq();
		this.audit.record("BATCH_REFUSED", this.link,
				reason.name() + " on " + batch.getChannel() + " (" + range + "): " + detail);
		this.sink.send(Frame.newBuilder()
			.setNack(Nack.newBuilder()
				.setChannel(batch.getChannel())
				.setExpectedSeq(expected)
				.setReason(reason)
				.setDetail(detail))
			.build());
	}

	/** Checks a snapshot chunk's channel, then queues it in its channel's lane. */
	void onSnapshotChunk(SnapshotChunk chunk) {
		if (!Channels.receivedFrom(this.link.role()).contains(chunk.getChannel())) {
			this.audit.record("FRAME_REFUSED", this.link,
					"snapshot chunk on channel " + chunk.getChannel() + " which does not flow this way");
			return;
		}
		ChannelLane lane = lane(chunk.getChannel());
		if (lane != null) {
			lane.offer(chunk);
		}
	}

	/**
	 * Applies a snapshot chunk (its forbidden records quarantined) and reports its
	 * progress.
	 */
	private void applyChunk(SnapshotChunk chunk) {
		Snapshots.Applied applied = this.snapshots.apply(this.link, chunk);
		if (applied == null) {
			return; // not re-syncing: a chunk of a snapshot already complete
		}
		if (applied.complete()) {
			this.audit.record("RESYNC_COMPLETED", this.link, "snapshot " + chunk.getSnapshotId() + " of "
					+ chunk.getChannel() + " applied; following the log from " + (chunk.getWatermark() + 1));
		}
		this.sink.send(LinkSender.progress(chunk, applied.complete(), applied.quarantined()));
	}

	private static ResyncReason reasonOf(String stored) {
		try {
			return (stored != null) ? ResyncReason.valueOf(stored) : ResyncReason.RESYNC_REASON_OPERATOR_REQUEST;
		}
		catch (IllegalArgumentException ex) {
			return ResyncReason.RESYNC_REASON_UNSPECIFIED;
		}
	}

	private static ResyncRequired resync(Channel channel, ResyncReason reason, String detail,
			SnapshotProgress progress) {
		ResyncRequired.Builder request = ResyncRequired.newBuilder()
			.setChannel(channel)
			.setReason(reason)
			.setDetail(detail);
		if (progress != null) {
			request.setSnapshotId(progress.snapshotId())
				.setResumeAfterKey(progress.lastKey())
				.setResumeEpoch(progress.epoch())
				.setResumeWatermark(progress.watermark());
		}
		return request.build();
	}

}
