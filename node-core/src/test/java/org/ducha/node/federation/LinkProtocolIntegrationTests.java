package org.ducha.node.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import com.google.protobuf.UnknownFieldSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.AlertDirection;
import org.ducha.proto.federation.v1.AlertKind;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.QuarantineCause;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city facing a child that misbehaves: every malformed, oversized, out-of-order,
 * replayed or forged frame gets a precise Nack or ends the stream, a forged or malformed
 * entry is quarantined; each is audited, changes nothing, and the stream goes on.
 */
class LinkProtocolIntegrationTests {

	private static final String EPOCH = Hellos.EPOCH;

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.withoutTransport()
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@BeforeEach
	void reset() {
		city.resetState();
	}

	/** A county 441704 that said Hello. */
	private static PipedLink yangdong() {
		PipedLink link = PipedLink.towards(city, "441704");
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		return link;
	}

	private static Frame batch(Channel channel, String epoch, Entry... entries) {
		return Frame.newBuilder()
			.setBatch(Batch.newBuilder().setChannel(channel).setEpoch(epoch).addAllEntries(List.of(entries)))
			.build();
	}

	private static Entry entry(long seq, String origin, String destination, Event event) {
		return Entry.newBuilder()
			.setSeq(seq)
			.setEventId(UUID.randomUUID().toString())
			.setOriginNode(origin)
			.setDestinationNode(destination)
			.setOccurredAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
			.setEvent(event)
			.build();
	}

	private static Event warning(String fromNode, String toNode) {
		return Event.newBuilder()
			.setAlertRaised(AlertRaised.newBuilder()
				.setAlertId(UUID.randomUUID().toString())
				.setDirection(AlertDirection.ALERT_DIRECTION_UP)
				.setKind(AlertKind.ALERT_KIND_RISK)
				.setFromNode(fromNode)
				.setFromUnit(fromNode)
				.setToNode(toNode)
				.setTitle("风险")
				.setRaisedBy("handler")
				.setRaisedAt(Timestamp.newBuilder().setSeconds(1_790_000_000L)))
			.build();
	}

	private static Frame lastReply(PipedLink link) {
		List<Frame> replies = link.framesToChild((frame) -> frame.hasAck() || frame.hasNack());
		return replies.get(replies.size() - 1);
	}

	private static long count(String table) {
		return city.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static long applied(String channel) {
		return city.bean(JdbcClient.class)
			.sql("SELECT applied_seq FROM fed_inbound_cursor WHERE peer_code = '441704' AND channel = ?")
			.param(channel)
			.query(Long.class)
			.single();
	}

	private static List<String> audited(String action) {
		return city.bean(AuditTrail.class)
			.latest(100)
			.stream()
			.filter((record) -> record.action().equals(action))
			.map(AuditRecord::detail)
			.toList();
	}

	@Test
	void refusesAHelloFromANodeThatIsNotAChild() {
		PipedLink link = PipedLink.towards(city, "441799");
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441799")).build());
		link.drain();
		assertThat(link.isOpen()).isFalse();
		assertThat(audited("HELLO_REFUSED")).singleElement().asString().contains("441799 is not a configured child");
	}

	@Test
	void refusesAHelloWhoseCertificateNamesAnotherNode() {
		PipedLink link = PipedLink.towards(city, "441702");
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		assertThat(link.isOpen()).isFalse();
		assertThat(audited("HELLO_REFUSED")).singleElement()
			.asString()
			.contains("Hello names node 441704 but its certificate names node 441702");
	}

	@Test
	void endsAStreamThatSendsABatchBeforeItsHello() {
		PipedLink link = PipedLink.towards(city, "441704");
		link.sendToParent(
				batch(Channel.CHANNEL_ALERT, EPOCH, entry(1, "441704", "441700", warning("441704", "441700"))));
		link.drain();
		assertThat(link.isOpen()).isFalse();
		assertThat(audited("FRAME_BEFORE_HELLO")).hasSize(1);
		assertThat(count("alert")).isZero();
	}

	@Test
	void quarantinesAWarningForgedInAnotherCountysNameThenAppliesTheNextGoodEntry() {
		PipedLink link = yangdong();
		link.sendToParent(
				batch(Channel.CHANNEL_ALERT, EPOCH, entry(1, "441702", "441700", warning("441702", "441700"))));
		link.drain();
		Ack ack = lastReply(link).getAck();
		assertThat(ack.getAppliedThroughSeq()).isEqualTo(1);
		assertThat(ack.getQuarantinedList()).singleElement().satisfies((quarantined) -> {
			assertThat(quarantined.getSeq()).isEqualTo(1);
			assertThat(quarantined.getCause()).isEqualTo(QuarantineCause.QUARANTINE_CAUSE_FORBIDDEN);
			assertThat(quarantined.getReason()).contains("origin 441702 is outside the subtree of child 441704");
		});
		assertThat(audited("ENTRY_QUARANTINED")).singleElement()
			.asString()
			.contains("origin 441702 is outside the subtree of child 441704");
		assertThat(audited("BATCH_REFUSED")).isEmpty();
		assertThat(count("alert")).isZero();
		assertThat(count("fed_quarantine")).isEqualTo(1);
		assertThat(applied("alert")).isEqualTo(1);

		link.sendToParent(
				batch(Channel.CHANNEL_ALERT, EPOCH, entry(2, "441704", "441700", warning("441704", "441700"))));
		link.drain();
		assertThat(lastReply(link).getAck().getAppliedThroughSeq()).isEqualTo(2);
		assertThat(lastReply(link).getAck().getQuarantinedList()).isEmpty();
		assertThat(count("alert")).isEqualTo(1);
	}

	@Test
	void refusesASigningOfAnotherCountysAssignment() {
		Task task = IssuedTasks.issue(city.context(),
				new IssueTask(
						new TaskContent("任务", null, TaskSource.MEETING_DECISION, TaskType.ROUTINE, null,
								LocalDate.now().plusDays(30))
							.heldOn(LocalDate.now().minusDays(1)),
						List.of(new IssueTask.Assignee("441702", AssignmentRole.LEAD),
								new IssueTask.Assignee("441704", AssignmentRole.CO))),
				new Actor("sup", "督查员", "441700", "441700:dcs", Set.of(Role.SUPERVISOR)));
		String othersAssignment = city.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ? AND unit_code = '441702'")
			.param(task.getId())
			.query(String.class)
			.single();
		PipedLink link = yangdong();
		Event claimedAsOwn = Event.newBuilder()
			.setAssignmentSigned(AssignmentSigned.newBuilder()
				.setAssignmentId(othersAssignment)
				.setTaskId(task.getId())
				.setUnitCode("441704")
				.setSignedBy("x")
				.setSignedAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
				.setAssigneeRevision(1))
			.build();
		link.sendToParent(batch(Channel.CHANNEL_REPORT, EPOCH, entry(1, "441704", "441700", claimedAsOwn)));
		link.drain();
		assertThat(lastReply(link).getAck().getQuarantinedList()).singleElement()
			.satisfies((quarantined) -> assertThat(quarantined.getReason()).contains("belongs to unit 441702"));
		assertThat(city.bean(JdbcClient.class)
			.sql("SELECT status FROM assignment WHERE id = ?")
			.param(othersAssignment)
			.query(String.class)
			.single()).isEqualTo("PENDING_SIGN");
	}

	@Test
	void nacksAGapWithTheSequenceItExpects() {
		PipedLink link = yangdong();
		link.sendToParent(
				batch(Channel.CHANNEL_ALERT, EPOCH, entry(2, "441704", "441700", warning("441704", "441700"))));
		link.drain();
		assertThat(lastReply(link).getNack().getReason()).isEqualTo(NackReason.NACK_REASON_GAP);
		assertThat(lastReply(link).getNack().getExpectedSeq()).isEqualTo(1);
		assertThat(count("alert")).isZero();
	}

	@Test
	void acknowledgesAReplayedBatchWithoutApplyingItAgain() {
		PipedLink link = yangdong();
		Frame batch = batch(Channel.CHANNEL_ALERT, EPOCH, entry(1, "441704", "441700", warning("441704", "441700")));
		link.sendToParent(batch);
		link.sendToParent(batch);
		link.drain();
		assertThat(link.framesToChild(Frame::hasAck)).hasSize(2)
			.allSatisfy((ack) -> assertThat(ack.getAck().getAppliedThroughSeq()).isEqualTo(1));
		assertThat(count("alert")).isEqualTo(1);
		assertThat(count("fed_applied_event")).isEqualTo(1);
	}

	@Test
	void refusesAnOversizedBatch() {
		PipedLink link = yangdong();
		Entry[] entries = new Entry[4];
		for (int i = 0; i < entries.length; i++) {
			Event big = Event.newBuilder()
				.setAlertRaised(
						warning("441704", "441700").getAlertRaised().toBuilder().setMessage("长".repeat(350_000)))
				.build();
			entries[i] = entry(i + 1, "441704", "441700", big);
		}
		link.sendToParent(batch(Channel.CHANNEL_ALERT, EPOCH, entries));
		link.drain();
		assertThat(lastReply(link).getNack().getReason()).isEqualTo(NackReason.NACK_REASON_OVERSIZED);
		assertThat(count("alert")).isZero();
	}

	@Test
	void refusesABatchOnAChannelThatFlowsTheOtherWay() {
		PipedLink link = yangdong();
		link.sendToParent(
				batch(Channel.CHANNEL_TASK, EPOCH, entry(1, "441704", "441700", warning("441704", "441700"))));
		link.drain();
		assertThat(lastReply(link).getNack().getReason()).isEqualTo(NackReason.NACK_REASON_MALFORMED);
	}

	@Test
	void refusesABatchFromAnotherEpochOfTheLog() {
		PipedLink link = yangdong();
		link.sendToParent(batch(Channel.CHANNEL_ALERT, UUID.randomUUID().toString(),
				entry(1, "441704", "441700", warning("441704", "441700"))));
		link.drain();
		assertThat(lastReply(link).getNack().getReason()).isEqualTo(NackReason.NACK_REASON_EPOCH_MISMATCH);
	}

	@Test
	void quarantinesAnEntryWithoutAValidEventIdAsMalformed() {
		PipedLink link = yangdong();
		Entry entry = entry(1, "441704", "441700", warning("441704", "441700")).toBuilder().setEventId("42").build();
		link.sendToParent(batch(Channel.CHANNEL_ALERT, EPOCH, entry));
		link.drain();
		assertThat(lastReply(link).getAck().getQuarantinedList()).singleElement().satisfies((quarantined) -> {
			assertThat(quarantined.getCause()).isEqualTo(QuarantineCause.QUARANTINE_CAUSE_MALFORMED);
			assertThat(quarantined.getReason()).contains("no valid event id");
		});
		assertThat(count("alert")).isZero();
	}

	@Test
	void forwardsAnEventKindItDoesNotKnowIntactAndKeepsOneAddressedToItself() {
		// a field number far above the kinds in use (99 became ConclusionSigned)
		Event future = Event.newBuilder()
			.setUnknownFields(UnknownFieldSet.newBuilder()
				.addField(999,
						UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("新事件")).build())
				.build())
			.build();
		PipedLink link = yangdong();
		link.sendToParent(batch(Channel.CHANNEL_ALERT, EPOCH, entry(1, "441704", "440000", future),
				entry(2, "441704", "441700", future)));
		link.drain();
		assertThat(lastReply(link).getAck().getAppliedThroughSeq()).isEqualTo(2);
		Map<String, Object> forwarded = city.bean(JdbcClient.class)
			.sql("SELECT peer_code, event_type, payload FROM fed_outbound_entry WHERE destination_node = '440000'")
			.query()
			.singleRow();
		assertThat(forwarded).containsEntry("peer_code", "440000").containsEntry("event_type", "UNKNOWN_999");
		assertThat((byte[]) forwarded.get("payload")).isEqualTo(future.toByteArray());
		assertThat(count("fed_parked_event")).as("the one addressed to the city is kept, not dropped").isEqualTo(1);
	}

}
