package org.ducha.node.federation;

import java.util.List;
import java.util.UUID;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import com.google.protobuf.UnknownFieldSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
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
import org.ducha.proto.federation.v1.NackReason;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches that wait together in a channel's lane are applied in one transaction
 * (docs/protocol.md, "Lanes and merged batches"): each entry once, the cursor advanced
 * once, one cumulative Ack listing what was quarantined; a refused run is applied again
 * batch by batch, so that its Nack is the one the batches alone would have earned.
 */
class MergedBatchesIntegrationTests {

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

	/** A county 441704 that said Hello, whose batches wait in their lanes. */
	private static PipedLink yangdong(boolean deferred) {
		PipedLink link = PipedLink.towards(city, "441704");
		if (deferred) {
			link.deferringLanes();
		}
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		return link;
	}

	private static Frame batch(Entry... entries) {
		return Frame.newBuilder()
			.setBatch(Batch.newBuilder()
				.setChannel(Channel.CHANNEL_ALERT)
				.setEpoch(EPOCH)
				.addAllEntries(List.of(entries)))
			.build();
	}

	private static Entry warning(long seq, String from) {
		Event event = Event.newBuilder()
			.setAlertRaised(AlertRaised.newBuilder()
				.setAlertId(UUID.randomUUID().toString())
				.setDirection(AlertDirection.ALERT_DIRECTION_UP)
				.setKind(AlertKind.ALERT_KIND_RISK)
				.setFromNode(from)
				.setFromUnit(from)
				.setToNode("441700")
				.setTitle("风险")
				.setRaisedBy("handler")
				.setRaisedAt(Timestamp.newBuilder().setSeconds(1_790_000_000L)))
			.build();
		return Entry.newBuilder()
			.setSeq(seq)
			.setEventId(UUID.randomUUID().toString())
			.setOriginNode(from)
			.setDestinationNode("441700")
			.setOccurredAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
			.setEvent(event)
			.build();
	}

	private static long count(String table) {
		return city.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static long applied() {
		return city.bean(JdbcClient.class)
			.sql("SELECT applied_seq FROM fed_inbound_cursor WHERE peer_code = '441704' AND channel = 'alert'")
			.query(Long.class)
			.single();
	}

	private static List<Frame> replies(PipedLink link) {
		return link.framesToChild((frame) -> frame.hasAck() || frame.hasNack());
	}

	@Test
	void appliesBatchesWaitingTogetherOnceWithOneCumulativeAck() {
		PipedLink link = yangdong(true);
		Frame first = batch(warning(1, "441704"), warning(2, "441704"));
		link.sendToParent(first);
		// forged in another county's name: quarantined, the run goes on
		link.sendToParent(batch(warning(3, "441702"), warning(4, "441704")));
		link.sendToParent(batch(warning(5, "441704"), warning(6, "441704")));
		link.drain();
		assertThat(replies(link)).singleElement().satisfies((reply) -> {
			Ack ack = reply.getAck();
			assertThat(ack.getAppliedThroughSeq()).isEqualTo(6);
			assertThat(ack.getQuarantinedList()).singleElement().satisfies((q) -> assertThat(q.getSeq()).isEqualTo(3));
		});
		assertThat(count("alert")).isEqualTo(5);
		assertThat(count("fed_applied_event")).isEqualTo(5);
		assertThat(applied()).isEqualTo(6);

		// a replay waiting with new entries: the replayed ones are not applied again
		link.sendToParent(first);
		link.sendToParent(batch(warning(7, "441704")));
		link.drain();
		assertThat(replies(link)).hasSize(2);
		assertThat(replies(link).get(1).getAck().getAppliedThroughSeq()).isEqualTo(7);
		assertThat(count("alert")).isEqualTo(6);
		assertThat(count("fed_applied_event")).isEqualTo(6);
		assertThat(applied()).isEqualTo(7);
	}

	@Test
	void withoutALaneEachBatchIsAppliedAndAcknowledgedAlone() {
		// the control: the same batches, applied as they arrive, earn an Ack each
		PipedLink link = yangdong(false);
		link.sendToParent(batch(warning(1, "441704"), warning(2, "441704")));
		link.sendToParent(batch(warning(3, "441702"), warning(4, "441704")));
		link.sendToParent(batch(warning(5, "441704"), warning(6, "441704")));
		link.drain();
		assertThat(replies(link)).hasSize(3)
			.extracting((reply) -> reply.getAck().getAppliedThroughSeq())
			.containsExactly(2L, 4L, 6L);
		assertThat(count("alert")).isEqualTo(5);
	}

	@Test
	void aRunWithAGapIsAppliedBatchByBatchSoThatTheNackNamesTheEntryExpected() {
		PipedLink link = yangdong(true);
		link.sendToParent(batch(warning(1, "441704"), warning(2, "441704")));
		link.sendToParent(batch(warning(4, "441704"), warning(5, "441704")));
		link.drain();
		List<Frame> replies = replies(link);
		assertThat(replies).hasSize(2);
		assertThat(replies.get(0).getAck().getAppliedThroughSeq()).isEqualTo(2);
		assertThat(replies.get(1).getNack().getReason()).isEqualTo(NackReason.NACK_REASON_GAP);
		assertThat(replies.get(1).getNack().getExpectedSeq()).isEqualTo(3);
		assertThat(count("alert")).isEqualTo(2);
		assertThat(applied()).isEqualTo(2);
	}

	/**
	 * An event of a kind this version does not know (a field number far above those in
	 * use).
	 */
	private static Entry unknown(long seq) {
		Event future = Event.newBuilder()
			.setUnknownFields(UnknownFieldSet.newBuilder()
				.addField(999,
						UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("新事件")).build())
				.build())
			.build();
		return Entry.newBuilder()
			.setSeq(seq)
			.setEventId(UUID.randomUUID().toString())
			.setOriginNode("441704")
			.setDestinationNode("441700")
			.setOccurredAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
			.setEvent(future)
			.build();
	}

	private static long questions() {
		return city.bean(JdbcClient.class)
			.sql("SHOW GLOBAL STATUS LIKE 'Questions'")
			.query((rs, row) -> rs.getLong(2))
			.single();
	}

	/** Statements the database received while a batch was applied. */
	private static long statementsFor(PipedLink link, Entry... entries) {
		long before = questions();
		link.sendToParent(batch(entries));
		link.drain();
		return questions() - before - 1;
	}

	@Test
	void parksARunOfEntriesItCannotReadWithAFewStatementsWhateverItsLength() {
		PipedLink link = yangdong(false);
		long one = statementsFor(link, unknown(1));
		Entry[] many = new Entry[200];
		for (int i = 0; i < many.length; i++) {
			many[i] = unknown(2 + i);
		}
		long twoHundred = statementsFor(link, many);
		System.out.printf("Statements to park a batch of 1 entry: %d; of 200 entries: %d%n", one, twoHundred);
		assertThat(count("fed_parked_event")).isEqualTo(201);
		assertThat(count("fed_applied_event")).isEqualTo(201);
		// one by one, each entry cost a savepoint, a claim, a park and a release
		assertThat(twoHundred - one).isLessThan(40);

		// a replay of the same deliveries under new sequence numbers: claimed before, not
		// parked again
		Entry[] replayed = new Entry[200];
		for (int i = 0; i < many.length; i++) {
			replayed[i] = many[i].toBuilder().setSeq(202 + i).build();
		}
		link.sendToParent(batch(replayed));
		link.drain();
		assertThat(count("fed_parked_event")).isEqualTo(201);
		assertThat(count("fed_applied_event")).isEqualTo(201);
		assertThat(applied()).isEqualTo(401);
	}

	@Test
	void aClosedSessionAppliesNothingThatWaitedInItsLanes() {
		PipedLink link = yangdong(true);
		link.sendToParent(batch(warning(1, "441704")));
		// the frame is delivered to the lane, then the stream ends before its worker runs
		link.drainOne();
		link.close();
		link.drain();
		assertThat(count("alert")).isZero();
		assertThat(applied()).isZero();
	}

}
