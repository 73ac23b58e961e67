package org.ducha.node.federation;

import java.util.List;
import java.util.UUID;

import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.ProgressReported;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts about records the receiver does not hold (docs/protocol.md, "Restored nodes"). A
 * city restored from an older backup has lost the tasks it issued after that backup, but
 * its county still holds them and reports on them: those reports are addressed to the
 * city, the city would be the records' owner, and waiting cannot bring them back — each
 * is set aside ({@code NOT_HELD}) and the county's channel goes on. A report on its way
 * to the province whose assignment the city has not received yet waits for it instead: it
 * comes on the province's channel.
 */
class NotHeldEntriesIntegrationTests {

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

	@Test
	void aReportAddressedToThisNodeOnAnAssignmentItDoesNotHoldIsSetAsideAndTheChannelGoesOn() {
		PipedLink county = yangdong();
		String lostAssignment = UUID.randomUUID().toString();

		Frame answer = send(county, entry(1, "441700", report(lostAssignment)),
				entry(2, "441700", report(lostAssignment)));

		assertThat(answer.hasAck()).as("answer: %s", answer).isTrue();
		assertThat(answer.getAck().getAppliedThroughSeq()).isEqualTo(2);
		assertThat(answer.getAck().getQuarantinedList()).hasSize(2)
			.allSatisfy((quarantined) -> assertThat(quarantined.getCauseValue()).isEqualTo(3));
		assertThat(jdbc().sql("SELECT cause, reason FROM fed_quarantine WHERE side = 'IN' ORDER BY seq")
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
			.list()).hasSize(2)
			.allSatisfy((row) -> assertThat(row).startsWith("NOT_HELD: Assignment " + lostAssignment)
				.contains("restored from an older backup"));
		assertThat(jdbc().sql("SELECT COUNT(*) FROM progress_report").query(Long.class).single()).isZero();
		assertThat(applied()).isEqualTo(2);
		assertThat(city.bean(AuditTrail.class).latest(50))
			.filteredOn((record) -> record.action().equals("ENTRY_QUARANTINED"))
			.hasSize(2)
			.allSatisfy((record) -> assertThat(record.detail()).startsWith("NOT_HELD PROGRESS_REPORTED"));
	}

	@Test
	void aReportOnItsWayElsewhereWaitsForItsAssignmentInstead() {
		PipedLink county = yangdong();

		Frame answer = send(county, entry(1, "440000", report(UUID.randomUUID().toString())));

		assertThat(answer.hasNack()).as("answer: %s", answer).isTrue();
		assertThat(answer.getNack().getReason()).isEqualTo(NackReason.NACK_REASON_APPLY_FAILED);
		assertThat(answer.getNack().getDetail()).contains("is not known here yet");
		assertThat(jdbc().sql("SELECT COUNT(*) FROM fed_quarantine").query(Long.class).single()).isZero();
		assertThat(applied()).isZero();
	}

	/** County 441704, played by hand, after its Hello. */
	private static PipedLink yangdong() {
		PipedLink link = PipedLink.towards(city, "441704");
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		return link;
	}

	private static Frame send(PipedLink link, Entry... entries) {
		link.sendToParent(Frame.newBuilder()
			.setBatch(Batch.newBuilder()
				.setChannel(Channel.CHANNEL_REPORT)
				.setEpoch(Hellos.EPOCH)
				.addAllEntries(List.of(entries)))
			.build());
		link.drain();
		List<Frame> replies = link.framesToChild((frame) -> frame.hasAck() || frame.hasNack());
		return replies.get(replies.size() - 1);
	}

	private static Entry entry(long seq, String destination, Event event) {
		return Entry.newBuilder()
			.setSeq(seq)
			.setEventId(UUID.randomUUID().toString())
			.setOriginNode("441704")
			.setDestinationNode(destination)
			.setOccurredAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
			.setEvent(event)
			.build();
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

	private static JdbcClient jdbc() {
		return city.bean(JdbcClient.class);
	}

	private static long applied() {
		return jdbc()
			.sql("SELECT COALESCE(MAX(applied_seq), 0) FROM fed_inbound_cursor WHERE peer_code = '441704' "
					+ "AND channel = 'report'")
			.query(Long.class)
			.single();
	}

}
