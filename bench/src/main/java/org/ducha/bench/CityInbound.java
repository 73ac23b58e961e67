package org.ducha.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.ducha.node.federation.HelloDecision;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.InboundCursor;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.OutboundLog;
import org.ducha.proto.federation.v1.Progress;
import org.ducha.proto.federation.v1.ResyncReason;
import org.ducha.proto.federation.v1.ResyncRequired;
import org.ducha.proto.federation.v1.SnapshotChunk;
import org.ducha.proto.federation.v1.TaskIssued;

/**
 * The receiving half of a simulated city (docs/protocol.md §3): the province's task,
 * alert and reference channels, each applied in order from its cursor, whole batches
 * only, the cursor written to the city's file before the Ack; a channel it never followed
 * that carries state (reference) is taken as a snapshot first. A task issued to one of
 * the city's counties gives that county its assignment.
 */
final class CityInbound {

	/** The channels a city receives from the province. */
	static final List<Channel> DOWN = List.of(Channel.CHANNEL_ALERT, Channel.CHANNEL_REFERENCE, Channel.CHANNEL_TASK);

	private final CursorFile file;

	private final List<SimulatedCounty> counties;

	private final Map<String, SimulatedCounty> byCode;

	private final IntConsumer assigned;

	/**
	 * @param file the city's positions
	 * @param counties the city's counties
	 * @param assigned told the index of a county that got a new assignment
	 */
	CityInbound(CursorFile file, List<SimulatedCounty> counties, IntConsumer assigned) {
		this.file = file;
		this.counties = counties;
		this.byCode = counties.stream().collect(Collectors.toMap(SimulatedCounty::code, Function.identity()));
		this.assigned = assigned;
	}

	/** The city's cursors in the province's logs, as its Hello states them. */
	void describe(Hello.Builder hello) {
		for (Channel down : DOWN) {
			String epoch = this.file.get(key(down, "epoch"));
			hello.addInbound(InboundCursor.newBuilder()
				.setChannel(down)
				.setEpoch((epoch != null) ? epoch : "")
				.setAppliedSeq(applied(down)));
		}
	}

	/**
	 * Decides each channel from the province's logs in its Hello: resume, or ask for a
	 * re-sync.
	 */
	void hello(Hello hello, Consumer<Frame> send) {
		for (OutboundLog log : hello.getOutboundList()) {
			Channel down = log.getChannel();
			if (!DOWN.contains(down)) {
				continue;
			}
			String epoch = this.file.get(key(down, "epoch"));
			HelloDecision decision = resyncing(down)
					? new HelloDecision.Resync(ResyncReason.RESYNC_REASON_NEW_NODE, "re-sync still pending")
					: HelloDecision.decide(epoch, applied(down), log.getEpoch(), log.getLastSeq(),
							log.getFirstRetainedSeq(), down == Channel.CHANNEL_REFERENCE);
			if (decision instanceof HelloDecision.Resync resync) {
				this.file.put(key(down, "resyncing"), true);
				send.accept(Frame.newBuilder()
					.setResyncRequired(ResyncRequired.newBuilder()
						.setChannel(down)
						.setReason(resync.reason())
						.setDetail(resync.detail()))
					.build());
			}
			else if (epoch == null) {
				this.file.put(key(down, "epoch"), log.getEpoch());
			}
		}
		this.file.save();
	}

	/** Applies a batch whole and acknowledges it, or refuses it whole. */
	void onBatch(Batch batch, Consumer<Frame> send) {
		Channel down = batch.getChannel();
		long applied = applied(down);
		if (!DOWN.contains(down)) {
			send.accept(nack(down, 0, NackReason.NACK_REASON_MALFORMED, "channel " + down + " does not flow down"));
			return;
		}
		if (resyncing(down)) {
			send.accept(nack(down, applied + 1, NackReason.NACK_REASON_NOT_ACCEPTING, "waiting for a re-sync"));
			return;
		}
		if (!batch.getEpoch().equals(this.file.get(key(down, "epoch")))) {
			send.accept(nack(down, applied + 1, NackReason.NACK_REASON_EPOCH_MISMATCH,
					"batch from epoch " + batch.getEpoch() + ", following " + this.file.get(key(down, "epoch"))));
			return;
		}
		long through = applied;
		for (Entry entry : batch.getEntriesList()) {
			if (entry.getSeq() > through + 1) {
				send.accept(nack(down, applied + 1, NackReason.NACK_REASON_GAP,
						"expected entry " + (through + 1) + ", got " + entry.getSeq()));
				return;
			}
			through = Math.max(through, entry.getSeq());
		}
		for (Entry entry : batch.getEntriesList()) {
			if (entry.getSeq() > applied && entry.getEvent().hasTaskIssued()) {
				handOn(entry.getEvent().getTaskIssued());
			}
		}
		this.file.put(key(down, "applied"), through);
		this.counties.forEach(SimulatedCounty::save);
		this.file.save();
		send.accept(Frame.newBuilder().setAck(Ack.newBuilder().setChannel(down).setAppliedThroughSeq(through)).build());
	}

	/**
	 * A snapshot chunk of a channel being re-synced: the simulator keeps no reference
	 * data, only its place; after the last chunk it follows the log.
	 */
	void onChunk(SnapshotChunk chunk, Consumer<Frame> send) {
		Channel down = chunk.getChannel();
		if (!DOWN.contains(down) || !resyncing(down)) {
			return;
		}
		if (chunk.getLast()) {
			this.file.put(key(down, "epoch"), chunk.getEpoch());
			this.file.put(key(down, "applied"), chunk.getWatermark());
			this.file.put(key(down, "resyncing"), false);
		}
		this.file.save();
		send.accept(Frame.newBuilder()
			.setProgress(Progress.newBuilder()
				.setChannel(down)
				.setSnapshotId(chunk.getSnapshotId())
				.setAppliedThroughKey(chunk.getLastKey())
				.setComplete(chunk.getLast()))
			.build());
	}

	long applied(Channel down) {
		return this.file.getLong(key(down, "applied"), 0);
	}

	boolean resyncing(Channel down) {
		return "true".equals(this.file.get(key(down, "resyncing")));
	}

	private void handOn(TaskIssued task) {
		for (AssignmentSpec spec : task.getAssignmentsList()) {
			SimulatedCounty county = this.byCode.get(spec.getUnitCode());
			if (county != null && county.assign(spec.getAssignmentId(), task.getTaskId())) {
				this.assigned.accept(this.counties.indexOf(county));
			}
		}
	}

	private static Frame nack(Channel channel, long expected, NackReason reason, String detail) {
		return Frame.newBuilder()
			.setNack(Nack.newBuilder().setChannel(channel).setExpectedSeq(expected).setReason(reason).setDetail(detail))
			.build();
	}

	private static String key(Channel channel, String what) {
		return "in." + channel.name().toLowerCase(Locale.ROOT) + "." + what;
	}

}
