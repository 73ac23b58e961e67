package org.ducha.node.federation;

import org.ducha.node.federation.ApplyOutcome.Applied;
import org.ducha.node.federation.ApplyOutcome.Refused;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.SnapshotChunk;

/**
 * The receiving half of a session (DESIGN §4.3): checks each batch's channel and size,
 * has it applied in one transaction, and answers Ack after the commit or a precise Nack;
 * applies snapshot chunks and answers with their progress.
 */
final class LinkReceiver {

	private final LinkEngine engine;

	private final FrameSink sink;

	private final Link link;

	LinkReceiver(LinkEngine engine, FrameSink sink, Link link) {
		this.engine = engine;
		this.sink = sink;
		this.link = link;
	}

	void onBatch(Batch batch) {
		Channel channel = batch.getChannel();
		if (!Channels.receivedFrom(this.link.role()).contains(channel)) {
			refuse(batch, NackReason.NACK_REASON_MALFORMED, 0,
					"channel " + channel + " does not flow in this direction");
			return;
		}
		FederationSettings settings = this.engine.settings;
		if (batch.getEntriesCount() > settings.maxBatchEntries()
				|| batch.getSerializedSize() > settings.maxFrameBytes()) {
			refuse(batch, NackReason.NACK_REASON_OVERSIZED, expected(channel),
					"batch of " + batch.getEntriesCount() + " entries and " + batch.getSerializedSize()
							+ " bytes exceeds " + settings.maxBatchEntries() + " entries or " + settings.maxFrameBytes()
							+ " bytes");
			return;
		}
		ApplyOutcome outcome = this.engine.apply(this.link, channel, batch.getEpoch(), batch.getEntriesList());
		if (outcome instanceof Applied applied) {
			this.sink.send(LinkSender.ack(channel, applied.through()));
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
		refuse(batch, reason, refused.expected(), refused.detail());
	}

	private long expected(Channel channel) {
		return this.engine.cursors.find(this.link.peer(), channel).map((c) -> c.appliedSeq() + 1).orElse(1L);
	}

	private void refuse(Batch batch, NackReason reason, long expected, String detail) {
		String range = (batch.getEntriesCount() == 0) ? "empty batch" : "entries " + batch.getEntries(0).getSeq() + ".."
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

	/**
	 * Applies a snapshot chunk and reports its progress.
	 * @return false when the chunk was refused and the session must end
	 */
	boolean onSnapshotChunk(SnapshotChunk chunk) {
		if (!Channels.receivedFrom(this.link.role()).contains(chunk.getChannel())) {
			this.engine.audit("FRAME_REFUSED", this.link,
					"snapshot chunk on channel " + chunk.getChannel() + " which does not flow this way");
			return true;
		}
		Boolean complete;
		try {
			complete = this.engine.applySnapshot(this.link, chunk);
		}
		catch (ForbiddenEventException | MalformedEventException ex) {
			this.engine.audit("SNAPSHOT_REFUSED", this.link, ex.getMessage());
			return false;
		}
		if (complete == null) {
			return true; // not re-syncing: a chunk of a snapshot already complete
		}
		if (complete) {
			this.engine.audit("RESYNC_COMPLETED", this.link, "snapshot " + chunk.getSnapshotId() + " of "
					+ chunk.getChannel() + " applied; following the log from " + (chunk.getWatermark() + 1));
		}
		this.sink.send(LinkSender.progress(chunk, complete));
		return true;
	}

}
