package org.ducha.node.federation;

import java.util.List;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.AlertDirection;
import org.ducha.proto.federation.v1.AlertKind;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.ProgressReported;
import org.ducha.proto.federation.v1.QuarantineCause;
import org.ducha.proto.federation.v1.TaskIssued;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forbidden entry in the middle of a batch (docs/protocol.md §8.3): it is quarantined —
 * recorded with its reason, audited as a security event, neither applied nor forwarded,
 * listed in the Ack and on the link's status — while the entries around it are applied,
 * the cursor moves past it and the channel stays open. Whatever its step wrote (its
 * dedupe claim, the entries of its group applied before it) is rolled back with it alone.
 * So is an entry addressed to this node about a record it should hold and does not
 * ({@code NOT_HELD}, §5.7), while one on its way elsewhere waits for its record.
 */
class QuarantineIntegrationTests {

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

	/** County 441704, played by hand, after its Hello. */
	private static PipedLink yangdong() {
		PipedLink link = PipedLink.towards(city, "441704");
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		return link;
	}

	private static Ack send(PipedLink link, Channel channel, Entry... entries) {
		Frame last = answer(link, channel, entries);
		assertThat(last.hasAck()).as("answer to the batch: %s", last).isTrue();
		return last.getAck();
	}

	/** The Ack or Nack a batch got. */
	private static Frame answer(PipedLink link, Channel channel, Entry... entries) {
		link.sendToParent(Frame.newBuilder()
			.setBatch(Batch.newBuilder().setChannel(channel).setEpoch(EPOCH).addAllEntries(List.of(entries)))
			.build());
		link.drain();
		List<Frame> replies = link.framesToChild((frame) -> frame.hasAck() || frame.hasNack());
		return replies.get(replies.size() - 1);
	}

	private static Entry entry(long seq, String eventId, String destination, Event event) {
		return Entry.newBuilder()
			.setSeq(seq)
			.setEventId(eventId)
			.setOriginNode("441704")
			.setDestinationNode(destination)
			.setOccurredAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
			.setEvent(event)
			.build();
	}

	private static Entry entry(long seq, Event event) {
		return entry(seq, UUID.randomUUID().toString(), "441700", event);
	}

	/** A warning of county 441704, raised in the name of one of its units. */
	private static Event warning(String alertId, String fromUnit) {
		return Event.newBuilder()
			.setAlertRaised(AlertRaised.newBuilder()
				.setAlertId(alertId)
				.setDirection(AlertDirection.ALERT_DIRECTION_UP)
				.setKind(AlertKind.ALERT_KIND_RISK)
				.setFromNode("441704")
				.setFromUnit(fromUnit)
				.setToNode("441700")
				.setTitle("风险 " + alertId)
				.setRaisedBy("handler")
				.setRaisedAt(Timestamp.newBuilder().setSeconds(1_790_000_000L)))
			.build();
	}

	private static JdbcClient jdbc() {
		return city.bean(JdbcClient.class);
	}

	private static List<String> alerts() {
		return jdbc().sql("SELECT id FROM alert ORDER BY id").query(String.class).list();
	}

	private static long applied(String channel) {
		return jdbc().sql("SELECT applied_seq FROM fed_inbound_cursor WHERE peer_code = '441704' AND channel = ?")
			.param(channel)
			.query(Long.class)
			.single();
	}

	private static LinkStatus countyLink() {
		return city.bean(LinkStatusReader.class)
			.all()
			.stream()
			.filter((link) -> link.peer().equals("441704"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aForbiddenEntryBetweenTwoGoodOnesIsQuarantinedAndTheOthersApplied() {
		PipedLink link = yangdong();
		String first = UUID.randomUUID().toString();
		String third = UUID.randomUUID().toString();
		Event forgedTask = Event.newBuilder()
			.setTaskIssued(TaskIssued.newBuilder()
				.setTaskId(UUID.randomUUID().toString())
				.setIssuingNode("441704")
				.setIssuingUnit("441704")
				.setRevision(9)
				.setTitle("伪造"))
			.build();

		Ack ack = send(link, Channel.CHANNEL_ALERT, entry(1, warning(first, "441704")), entry(2, forgedTask),
				entry(3, warning(third, "441704:jyj")));

		assertThat(ack.getAppliedThroughSeq()).isEqualTo(3);
		assertThat(ack.getQuarantinedList()).singleElement().satisfies((quarantined) -> {
			assertThat(quarantined.getSeq()).isEqualTo(2);
			assertThat(quarantined.getReason()).contains("TaskIssued travels on the task channel, not on alert");
		});
		assertThat(alerts()).containsExactlyInAnyOrder(first, third);
		assertThat(jdbc().sql("SELECT COUNT(*) FROM task").query(Long.class).single()).isZero();
		assertThat(applied("alert")).isEqualTo(3);
		assertThat(jdbc().sql("SELECT side, seq, cause, event_type FROM fed_quarantine").query().singleRow())
			.containsEntry("side", "IN")
			.containsEntry("seq", 2L)
			.containsEntry("cause", "FORBIDDEN")
			.containsEntry("event_type", "TASK_ISSUED");
		assertThat(city.bean(AuditTrail.class).latest(50))
			.filteredOn((record) -> record.action().equals("ENTRY_QUARANTINED"))
			.singleElement()
			.satisfies((record) -> {
				assertThat(record.category()).isEqualTo(AuditCategory.SECURITY);
				assertThat(record.peer()).isEqualTo("441704");
				assertThat(record.detail()).contains("TaskIssued travels on the task channel");
			});

		LinkStatus status = countyLink();
		assertThat(status.state()).isEqualTo(LinkState.CONNECTED);
		assertThat(status.quarantine().received()).isEqualTo(1);
		assertThat(status.quarantine().lastReason()).contains("TaskIssued travels on the task channel");
		assertThat(status.channels()).filteredOn((c) -> c.channel().equals("alert") && c.direction().equals("IN"))
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.state()).isEqualTo("OK");
				assertThat(c.quarantined()).isEqualTo(1);
			});

		// the channel goes on
		String fourth = UUID.randomUUID().toString();
		Ack next = send(link, Channel.CHANNEL_ALERT, entry(4, warning(fourth, "441704")));
		assertThat(next.getAppliedThroughSeq()).isEqualTo(4);
		assertThat(next.getQuarantinedList()).isEmpty();
		assertThat(alerts()).contains(fourth);
	}

	@Test
	void anEntryItsHandlerRefusesInsideAGroupIsTheOnlyOneRolledBack() {
		PipedLink link = yangdong();
		String first = UUID.randomUUID().toString();
		String forged = UUID.randomUUID().toString();
		String third = UUID.randomUUID().toString();
		Entry forgedEntry = entry(2, warning(forged, "441702:jyj"));

		// three warnings of one handler, applied as one group: the second names a unit
		// of another county, which only its handler sees
		Ack ack = send(link, Channel.CHANNEL_ALERT, entry(1, warning(first, "441704")), forgedEntry,
				entry(3, warning(third, "441704")));

		assertThat(ack.getAppliedThroughSeq()).isEqualTo(3);
		assertThat(ack.getQuarantinedList()).singleElement().satisfies((quarantined) -> {
			assertThat(quarantined.getSeq()).isEqualTo(2);
			assertThat(quarantined.getEventId()).isEqualTo(forgedEntry.getEventId());
			assertThat(quarantined.getReason()).contains("441702:jyj");
		});
		assertThat(alerts()).containsExactlyInAnyOrder(first, third);
		assertThat(jdbc().sql("SELECT event_id FROM fed_applied_event").query(String.class).list())
			.as("the forged entry's dedupe claim rolled back with it")
			.doesNotContain(forgedEntry.getEventId())
			.hasSize(2);
	}

	@Test
	void aQuarantinedEntryLeavesItsEventIdFreeForALegitimateDelivery() {
		PipedLink link = yangdong();
		String eventId = UUID.randomUUID().toString();
		String alertId = UUID.randomUUID().toString();
		Ack refused = send(link, Channel.CHANNEL_ALERT, entry(1, eventId, "441700", warning(alertId, "441702:jyj")));
		assertThat(refused.getQuarantinedList()).hasSize(1);
		assertThat(alerts()).isEmpty();

		// the same delivery, as the county had to state it, is not skipped as a
		// duplicate
		Ack accepted = send(link, Channel.CHANNEL_ALERT, entry(2, eventId, "441700", warning(alertId, "441704")));
		assertThat(accepted.getQuarantinedList()).isEmpty();
		assertThat(alerts()).containsExactly(alertId);
	}

	@Test
	void aForbiddenEntryPassingThroughIsNeitherKeptNorForwarded() {
		PipedLink link = yangdong();
		String forged = UUID.randomUUID().toString();
		String good = UUID.randomUUID().toString();
		Event forgedWarning = Event.newBuilder()
			.setAlertRaised(warning(forged, "441702:jyj").getAlertRaised().toBuilder().setToNode("440000"))
			.build();
		Event goodWarning = Event.newBuilder()
			.setAlertRaised(warning(good, "441704").getAlertRaised().toBuilder().setToNode("440000"))
			.build();

		Ack ack = send(link, Channel.CHANNEL_ALERT, entry(1, UUID.randomUUID().toString(), "440000", forgedWarning),
				entry(2, UUID.randomUUID().toString(), "440000", goodWarning));

		assertThat(ack.getQuarantinedList()).extracting((q) -> q.getSeq()).containsExactly(1L);
		assertThat(alerts()).containsExactly(good);
		assertThat(jdbc().sql("SELECT COUNT(*) FROM fed_outbound_entry WHERE peer_code = '440000'")
			.query(Long.class)
			.single()).as("only the good warning goes on to the province").isEqualTo(1);
	}

	@Test
	void theQuarantineIsListedOnTheLinkForItsOperators() {
		PipedLink link = yangdong();
		send(link, Channel.CHANNEL_ALERT,
				entry(1, UUID.randomUUID().toString(), "441700", warning(UUID.randomUUID().toString(), "441702")));
		LinkStatusReader.QuarantinePage page = city.bean(LinkStatusReader.class).quarantined("441704", 0, 10);
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.items()).singleElement().satisfies((entry) -> {
			assertThat(entry.side()).isEqualTo(QuarantinedEntry.IN);
			assertThat(entry.channel()).isEqualTo(Channel.CHANNEL_ALERT);
			assertThat(entry.eventType()).isEqualTo("ALERT_RAISED");
			assertThat(entry.reason()).contains("441702");
		});
		assertThat(city.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::action)
			.doesNotContain("BATCH_REFUSED", "CHANNEL_BLOCKED");
	}

	@Test
	void aQuarantineWhoseAckWasLostIsStatedAgainWhenTheLinkReopens() {
		PipedLink link = yangdong();
		Ack ack = send(link, Channel.CHANNEL_ALERT, entry(1, warning(UUID.randomUUID().toString(), "441704")),
				entry(2, warning(UUID.randomUUID().toString(), "441702")));
		assertThat(ack.getQuarantinedList()).extracting((q) -> q.getSeq()).containsExactly(2L);
		// the connection dies before the county reads that Ack: only the city knows
		link.close();

		Hello.Builder hello = Hellos.freshChild("441704").toBuilder();
		for (int i = 0; i < hello.getOutboundCount(); i++) {
			if (hello.getOutbound(i).getChannel() == Channel.CHANNEL_ALERT) {
				hello.setOutbound(i, hello.getOutbound(i).toBuilder().setLastSeq(2));
			}
		}
		PipedLink reopened = PipedLink.towards(city, "441704");
		reopened.sendToParent(Frame.newBuilder().setHello(hello).build());
		reopened.drain();

		assertThat(reopened.framesToChild(Frame::hasAck)).as("the first Ack of the new session")
			.singleElement()
			.satisfies((frame) -> {
				assertThat(frame.getAck().getChannel()).isEqualTo(Channel.CHANNEL_ALERT);
				assertThat(frame.getAck().getAppliedThroughSeq()).isEqualTo(2);
				assertThat(frame.getAck().getQuarantinedList()).singleElement()
					.satisfies((quarantined) -> assertThat(quarantined.getReason()).contains("441702"));
			});
		assertThat(applied("alert")).as("nothing applied again").isEqualTo(2);
	}

	/**
	 * A city restored from an older backup has lost the tasks it issued after it; its
	 * county still holds them and reports on them (docs/protocol.md §5.7, "Facts about
	 * what the restored node lost"). Such a report is addressed to the city, which would
	 * own its assignment: waiting cannot bring the assignment back, so the report is set
	 * aside ({@code NOT_HELD}) and the channel goes on instead of retrying until it
	 * blocks.
	 */
	@Test
	void aReportAddressedToThisNodeOnAnAssignmentItDoesNotHoldIsSetAsideAndTheChannelGoesOn() {
		PipedLink link = yangdong();
		String lostAssignment = UUID.randomUUID().toString();

		Ack ack = send(link, Channel.CHANNEL_REPORT,
				entry(1, UUID.randomUUID().toString(), "441700", report(lostAssignment)),
				entry(2, UUID.randomUUID().toString(), "441700", report(lostAssignment)));

		assertThat(ack.getAppliedThroughSeq()).isEqualTo(2);
		assertThat(ack.getQuarantinedList()).hasSize(2)
			.allSatisfy((quarantined) -> assertThat(quarantined.getCause())
				.isEqualTo(QuarantineCause.QUARANTINE_CAUSE_NOT_HELD));
		assertThat(jdbc().sql("SELECT cause, reason FROM fed_quarantine WHERE side = 'IN' ORDER BY seq")
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
			.list()).hasSize(2)
			.allSatisfy((row) -> assertThat(row).startsWith("NOT_HELD: Assignment " + lostAssignment)
				.contains("restored from an older backup"));
		assertThat(jdbc().sql("SELECT COUNT(*) FROM progress_report").query(Long.class).single()).isZero();
		assertThat(applied("report")).isEqualTo(2);
		assertThat(city.bean(AuditTrail.class).latest(50))
			.filteredOn((record) -> record.action().equals("ENTRY_QUARANTINED"))
			.hasSize(2)
			.allSatisfy((record) -> assertThat(record.detail()).startsWith("NOT_HELD PROGRESS_REPORTED"));
	}

	/**
	 * A report on its way to the province whose assignment the city has not received yet
	 * waits for it: the assignment comes on the province's channel.
	 */
	@Test
	void aReportOnItsWayElsewhereWaitsForItsAssignmentInstead() {
		PipedLink link = yangdong();

		Frame answer = answer(link, Channel.CHANNEL_REPORT,
				entry(1, UUID.randomUUID().toString(), "440000", report(UUID.randomUUID().toString())));

		assertThat(answer.hasNack()).as("answer: %s", answer).isTrue();
		assertThat(answer.getNack().getReason()).isEqualTo(NackReason.NACK_REASON_APPLY_FAILED);
		assertThat(answer.getNack().getDetail()).contains("is not known here yet");
		assertThat(jdbc().sql("SELECT COUNT(*) FROM fed_quarantine").query(Long.class).single()).isZero();
	}

	/** A report of county 441704 on one of its assignments. */
	private static Event report(String assignmentId) {
		return Event.newBuilder()
			.setProgressReported(ProgressReported.newBuilder()
				.setReportId(UUID.randomUUID().toString())
				.setAssignmentId(assignmentId)
				.setTaskId(UUID.randomUUID().toString())
				.setUnitCode("441704")
				.setReportedBy("clerk")
				.setReportedAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
				.setPercentComplete(40)
				.setProgress("进展"))
			.build();
	}

}
