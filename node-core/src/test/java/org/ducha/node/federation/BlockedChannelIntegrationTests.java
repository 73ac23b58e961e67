package org.ducha.node.federation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.protobuf.Timestamp;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Nack;
import org.ducha.proto.federation.v1.NackReason;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An entry whose handler keeps failing (docs/protocol.md §10) is never skipped: after
 * {@code block-after-failures} failures in a row its channel is blocked, which raises an
 * alarm — the link's status, the gauge {@code ducha.federation.blocked}, an audit record
 * — and refuses everything until the node's operator resumes the link; then the entry is
 * applied.
 */
class BlockedChannelIntegrationTests {

	private static final int BLOCK_AFTER = 3;

	/** How often the warning handler still fails before it works. */
	private static final AtomicInteger failuresLeft = new AtomicInteger(BLOCK_AFTER);

	private static final AtomicInteger calls = new AtomicInteger();

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441704")
			.withoutTransport()
			.property("ducha.federation.block-after-failures", String.valueOf(BLOCK_AFTER))
			.bean("failingWarnings", failingWarnings())
			.start();
		city.resetState();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	/**
	 * Wraps the warnings' handler into one that fails its first calls, as a bug would.
	 */
	private static BeanPostProcessor failingWarnings() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof EventHandler handler && handler.kind() == Event.KindCase.ALERT_RAISED) {
					return new EventHandler() {

						@Override
						public Event.KindCase kind() {
							return handler.kind();
						}

						@Override
						public Authority authority() {
							return handler.authority();
						}

						@Override
						public void apply(List<IncomingEvent> events) {
							calls.incrementAndGet();
							if (failuresLeft.getAndDecrement() > 0) {
								throw new IllegalStateException("the warnings' table is being repaired");
							}
							handler.apply(events);
						}

					};
				}
				return bean;
			}
		};
	}

	private static PipedLink yangdong() {
		PipedLink link = PipedLink.towards(city, "441704");
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		assertThat(link.isOpen()).isTrue();
		return link;
	}

	private static final Entry WARNING = Entry.newBuilder()
		.setSeq(1)
		.setEventId(UUID.randomUUID().toString())
		.setOriginNode("441704")
		.setDestinationNode("441700")
		.setOccurredAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
		.setEvent(WireEvents.alert("441704", "441704", "441700", true))
		.build();

	private static Frame reply(PipedLink link) {
		link.sendToParent(Frame.newBuilder()
			.setBatch(Batch.newBuilder().setChannel(Channel.CHANNEL_ALERT).setEpoch(Hellos.EPOCH).addEntries(WARNING))
			.build());
		link.drain();
		List<Frame> replies = link.framesToChild((frame) -> frame.hasAck() || frame.hasNack());
		return replies.get(replies.size() - 1);
	}

	private static double blockedGauge() {
		return city.bean(MeterRegistry.class)
			.get("ducha.federation.blocked")
			.tags("peer", "441704", "channel", "alert", "direction", "IN")
			.gauge()
			.value();
	}

	private static LinkStatus countyLink() {
		return city.bean(LinkStatusReader.class)
			.all()
			.stream()
			.filter((link) -> link.peer().equals("441704"))
			.findFirst()
			.orElseThrow();
	}

	private static List<AuditRecord> blockedAlarms() {
		return city.bean(AuditTrail.class)
			.latest(100)
			.stream()
			.filter((record) -> record.action().equals("CHANNEL_BLOCKED"))
			.toList();
	}

	@Test
	void aChannelBlockedAfterRepeatedFailuresAlarmsAndAppliesItsEntryOnceTheOperatorResumesIt() {
		PipedLink link = yangdong();
		for (int attempt = 1; attempt <= BLOCK_AFTER; attempt++) {
			Nack nack = reply(link).getNack();
			assertThat(nack.getReason()).as("attempt " + attempt).isEqualTo(NackReason.NACK_REASON_APPLY_FAILED);
			assertThat(nack.getDetail()).contains("the warnings' table is being repaired");
		}
		assertThat(reply(link).getNack().getReason()).as("once blocked, nothing is even tried")
			.isEqualTo(NackReason.NACK_REASON_NOT_ACCEPTING);
		assertThat(calls).hasValue(BLOCK_AFTER);

		LinkStatus blocked = countyLink();
		assertThat(blocked.state()).isEqualTo(LinkState.BLOCKED);
		assertThat(blocked.channels()).filteredOn((c) -> c.channel().equals("alert") && c.direction().equals("IN"))
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.state()).isEqualTo("BLOCKED");
				assertThat(c.lastError()).contains("the warnings' table is being repaired");
			});
		assertThat(blockedAlarms()).singleElement()
			.satisfies((record) -> assertThat(record.detail()).contains("blocked after " + BLOCK_AFTER)
				.contains("resume"));
		await().atMost(Duration.ofSeconds(15)).until(() -> blockedGauge() == 1.0);
		assertThat(city.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM alert").query(Long.class).single()).isZero();

		// the operator resumes the link; the child dials again and sends the entry again
		assertThat(city.api(TestKeys.token("sysadmin-441700", "441700", null, "sysadmin"))
			.post()
			.uri("/api/v1/federation/links/441704/resume")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(202);
		link.drain();
		assertThat(link.isOpen()).as("the resume starts the link afresh").isFalse();
		PipedLink again = yangdong();
		assertThat(reply(again).getAck().getAppliedThroughSeq()).isEqualTo(1);
		assertThat(city.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM alert").query(Long.class).single())
			.isEqualTo(1);
		assertThat(countyLink().state()).isEqualTo(LinkState.CONNECTED);
		await().atMost(Duration.ofSeconds(15)).until(() -> blockedGauge() == 0.0);
	}

}
