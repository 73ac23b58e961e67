package org.ducha.node.federation.grpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.pki.NodeCertificates;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.TestCertificates;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.NackReason;
import org.ducha.proto.federation.v1.SyncRequest;
import org.ducha.proto.federation.v1.SyncResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The link server over real gRPC with mutual TLS: who may connect, and a frame that does
 * not parse is refused with a Nack while the stream goes on.
 */
class LinkTransportIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY).name("阳江市").children("441704").start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	/** A raw client with the certificate of a node, frames as bytes. */
	private static final class RawChild implements AutoCloseable {

		final ManagedChannel channel;

		final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

		final StreamObserver<byte[]> requests;

		RawChild(NodeCertificates.Files ca, NodeCertificates.Files node) throws Exception {
			this.channel = NettyChannelBuilder.forTarget(city.linkAddress())
				.sslContext(GrpcSslContexts.forClient()
					.keyManager(node.certificate().toFile(), node.privateKey().toFile())
					.trustManager(new NodeTrustManager(NodeCertificates.readCertificate(ca.certificate())))
					.build())
				.build();
			this.requests = ClientCalls.asyncBidiStreamingCall(
					this.channel.newCall(RawMarshaller.SYNC, CallOptions.DEFAULT), new StreamObserver<>() {

						@Override
						public void onNext(byte[] value) {
							RawChild.this.received.add(value);
						}

						@Override
						public void onError(Throwable error) {
							RawChild.this.received.add(Status.fromThrowable(error));
						}

						@Override
						public void onCompleted() {
							RawChild.this.received.add(Status.OK);
						}

					});
		}

		Object next() throws InterruptedException {
			Object next = this.received.poll(20, TimeUnit.SECONDS);
			assertThat(next).as("a reply from the link server").isNotNull();
			return next;
		}

		Frame nextFrame() throws Exception {
			Object next = next();
			assertThat(next).as("a frame, not the end of the stream").isInstanceOf(byte[].class);
			return SyncResponse.parseFrom((byte[]) next).getFrame();
		}

		@Override
		public void close() {
			this.channel.shutdownNow();
		}

	}

	private static NodeCertificates.Files certificateOf(String code) {
		return new NodeCertificates.Files(
				Path.of((String) TestCertificates.forNode(code).get("ducha.node.tls.certificate")),
				Path.of((String) TestCertificates.forNode(code).get("ducha.node.tls.private-key")));
	}

	private static byte[] hello(String code) {
		return SyncRequest.newBuilder()
			.setFrame(Frame.newBuilder().setHello(Hellos.freshChild(code)))
			.build()
			.toByteArray();
	}

	private static List<String> audited(String action) {
		return city.bean(AuditTrail.class)
			.latest(200)
			.stream()
			.filter((record) -> record.action().equals(action))
			.map(AuditRecord::detail)
			.toList();
	}

	@Test
	void aFrameThatDoesNotParseIsNackedAndTheStreamGoesOn() throws Exception {
		try (RawChild child = new RawChild(TestCertificates.ca(), certificateOf("441704"))) {
			child.requests.onNext(new byte[] { 0x0a, (byte) 0xff, 0x01, 0x02 });
			Frame nack = child.nextFrame();
			assertThat(nack.getNack().getReason()).isEqualTo(NackReason.NACK_REASON_MALFORMED);
			assertThat(audited("FRAME_REFUSED")).anySatisfy((detail) -> assertThat(detail).contains("does not parse"));

			child.requests.onNext(hello("441704"));
			Frame reply = child.nextFrame();
			assertThat(reply.getHello().getNodeCode()).isEqualTo("441700");
			child.requests.onCompleted();
		}
	}

	@Test
	void aHelloThatClaimsAnotherNodeThanItsCertificateEndsTheStream() throws Exception {
		try (RawChild child = new RawChild(TestCertificates.ca(), certificateOf("441702"))) {
			child.requests.onNext(hello("441704"));
			Object end = child.next();
			assertThat(end).isInstanceOf(Status.class);
			assertThat(((Status) end).getCode()).isNotEqualTo(Status.Code.OK);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(audited("HELLO_REFUSED"))
					.anySatisfy((detail) -> assertThat(detail).contains("its certificate names node 441702")));
		}
	}

	@Test
	void aCertificateFromAnotherAuthorityIsRefusedDuringTheHandshake() throws Exception {
		Path foreign = Files.createTempDirectory("foreign-ca");
		NodeCertificates.Files foreignCa = NodeCertificates.ensureCa(foreign.resolve("ca"), "Someone else");
		NodeCertificates.Files impostor = NodeCertificates.ensureNode(foreignCa, "441704", foreign.resolve("nodes"));
		try (RawChild child = new RawChild(TestCertificates.ca(), impostor)) {
			child.requests.onNext(hello("441704"));
			Object end = child.next();
			assertThat(end).isInstanceOf(Status.class);
			assertThat(((Status) end).getCode()).isEqualTo(Status.Code.UNAVAILABLE);
		}
	}

}
