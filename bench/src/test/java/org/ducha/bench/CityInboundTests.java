package org.ducha.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.OutboundLog;
import org.ducha.proto.federation.v1.SnapshotChunk;
import org.ducha.proto.federation.v1.TaskIssued;

import static org.assertj.core.api.Assertions.assertThat;

class CityInboundTests {

	@TempDir
	Path folder;

	private final List<Frame> sent = new ArrayList<>();

	private final List<Integer> assigned = new ArrayList<>();

	private CityInbound inbound(List<SimulatedCounty> counties) {
		return new CityInbound(CursorFile.open(this.folder.resolve("441700.cursor")), counties, this.assigned::add);
	}

	private SimulatedCounty county(String code) {
		return new SimulatedCounty(new Guangdong.County(code, code), "441700", "440000",
				CursorFile.open(this.folder.resolve(code + ".cursor")));
	}

	private static Hello provinceHello(long firstRetainedTask) {
		Hello.Builder hello = Hello.newBuilder().setNodeCode("440000");
		hello.addOutbound(
				OutboundLog.newBuilder().setChannel(Channel.CHANNEL_ALERT).setEpoch("a").setFirstRetainedSeq(1));
		hello.addOutbound(
				OutboundLog.newBuilder().setChannel(Channel.CHANNEL_REFERENCE).setEpoch("r").setFirstRetainedSeq(1));
		hello.addOutbound(OutboundLog.newBuilder()
			.setChannel(Channel.CHANNEL_TASK)
			.setEpoch("t")
			.setLastSeq(10)
			.setFirstRetainedSeq(firstRetainedTask));
		return hello.build();
	}

	private static Batch tasks(long... seqs) {
		Batch.Builder batch = Batch.newBuilder().setChannel(Channel.CHANNEL_TASK).setEpoch("t");
		for (long seq : seqs) {
			batch.addEntries(Entry.newBuilder().setSeq(seq).setEvent(Event.getDefaultInstance()));
		}
		return batch.build();
	}

	@Test
	void followsTheProvincesLogsAndAsksForTheReferenceStateFirst() {
		CityInbound inbound = inbound(List.of());
		inbound.hello(provinceHello(1), this.sent::add);
		assertThat(this.sent).singleElement().satisfies((frame) -> {
			assertThat(frame.getResyncRequired().getChannel()).isEqualTo(Channel.CHANNEL_REFERENCE);
		});
		assertThat(inbound.resyncing(Channel.CHANNEL_REFERENCE)).isTrue();
		assertThat(inbound.resyncing(Channel.CHANNEL_TASK)).isFalse();
	}

	@Test
	void savesTheCursorBeforeItAcknowledges() {
		CityInbound inbound = inbound(List.of());
		inbound.hello(provinceHello(1), this.sent::add);
		this.sent.clear();
		List<Long> savedAtAck = new ArrayList<>();
		inbound.onBatch(tasks(1, 2, 3), (frame) -> {
			CursorFile onDisk = CursorFile.open(this.folder.resolve("441700.cursor"));
			savedAtAck.add(onDisk.getLong("in.channel_task.applied", 0));
			this.sent.add(frame);
		});
		assertThat(this.sent).singleElement().satisfies((frame) -> {
			assertThat(frame.getAck().getChannel()).isEqualTo(Channel.CHANNEL_TASK);
			assertThat(frame.getAck().getAppliedThroughSeq()).isEqualTo(3);
		});
		assertThat(savedAtAck).containsExactly(3L);
	}

	@Test
	void refusesAGapWholeAndSkipsWhatItApplied() {
		CityInbound inbound = inbound(List.of());
		inbound.hello(provinceHello(1), this.sent::add);
		inbound.onBatch(tasks(1, 2), this.sent::add);
		this.sent.clear();
		inbound.onBatch(tasks(2, 3, 5), this.sent::add);
		assertThat(this.sent).singleElement().satisfies((frame) -> {
			assertThat(frame.getNack().getReason()).isEqualTo(NackReason.NACK_REASON_GAP);
			assertThat(frame.getNack().getExpectedSeq()).isEqualTo(3);
		});
		assertThat(inbound.applied(Channel.CHANNEL_TASK)).isEqualTo(2);
		this.sent.clear();
		inbound.onBatch(tasks(1, 2, 3), this.sent::add);
		assertThat(this.sent.get(0).getAck().getAppliedThroughSeq()).isEqualTo(3);
	}

	@Test
	void refusesABatchOfAnotherEpoch() {
		CityInbound inbound = inbound(List.of());
		inbound.hello(provinceHello(1), this.sent::add);
		this.sent.clear();
		inbound.onBatch(tasks(1).toBuilder().setEpoch("other").build(), this.sent::add);
		assertThat(this.sent.get(0).getNack().getReason()).isEqualTo(NackReason.NACK_REASON_EPOCH_MISMATCH);
		assertThat(inbound.applied(Channel.CHANNEL_TASK)).isZero();
	}

	@Test
	void aTaskForOneOfItsCountiesGivesThatCountyItsAssignment() {
		SimulatedCounty yangdong = county("441704");
		SimulatedCounty yangxi = county("441721");
		CityInbound inbound = inbound(List.of(yangdong, yangxi));
		inbound.hello(provinceHello(1), this.sent::add);
		String assignment = UUID.randomUUID().toString();
		TaskIssued task = TaskIssued.newBuilder()
			.setTaskId(UUID.randomUUID().toString())
			.addAssignments(AssignmentSpec.newBuilder().setAssignmentId(assignment).setUnitCode("441721"))
			.build();
		Batch batch = Batch.newBuilder()
			.setChannel(Channel.CHANNEL_TASK)
			.setEpoch("t")
			.addEntries(Entry.newBuilder().setSeq(1).setEvent(Event.newBuilder().setTaskIssued(task)))
			.build();
		inbound.onBatch(batch, this.sent::add);
		inbound.onBatch(batch, this.sent::add);
		assertThat(this.assigned).containsExactly(1);
		assertThat(yangxi.isAssigned()).isTrue();
		assertThat(yangdong.isAssigned()).isFalse();
	}

	@Test
	void aNewCityThatMissedTheStartOfATaskLogAsksForARe_sync() {
		CityInbound inbound = inbound(List.of());
		inbound.hello(provinceHello(5), this.sent::add);
		assertThat(this.sent).extracting((frame) -> frame.getResyncRequired().getChannel())
			.containsExactly(Channel.CHANNEL_REFERENCE, Channel.CHANNEL_TASK);
	}

	@Test
	void followsTheLogAfterTheLastSnapshotChunk() {
		CityInbound inbound = inbound(List.of());
		inbound.hello(provinceHello(1), this.sent::add);
		this.sent.clear();
		SnapshotChunk chunk = SnapshotChunk.newBuilder()
			.setChannel(Channel.CHANNEL_REFERENCE)
			.setSnapshotId("s")
			.setEpoch("r")
			.setWatermark(7)
			.setLastKey("k")
			.build();
		inbound.onChunk(chunk, this.sent::add);
		assertThat(inbound.resyncing(Channel.CHANNEL_REFERENCE)).isTrue();
		inbound.onChunk(chunk.toBuilder().setLast(true).build(), this.sent::add);
		assertThat(inbound.resyncing(Channel.CHANNEL_REFERENCE)).isFalse();
		assertThat(inbound.applied(Channel.CHANNEL_REFERENCE)).isEqualTo(7);
		assertThat(this.sent).extracting((frame) -> frame.getProgress().getComplete()).containsExactly(false, true);
	}

}
