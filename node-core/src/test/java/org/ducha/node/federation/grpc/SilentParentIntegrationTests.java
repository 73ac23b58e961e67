package org.ducha.node.federation.grpc;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import static org.awaitility.Awaitility.await;

/**
 * A parent that takes the child's stream but never answers its Hello (a parent still
 * starting, a half-open connection): the child closes the session after the Hello timeout
 * and dials again, however long the cancelled call takes to report back. Found when a
 * restarted city stayed unlinked from its province for good.
 */
class SilentParentIntegrationTests {

	@Test
	void aChildWhoseHelloIsNeverAnsweredDialsAgain() throws Exception {
		AtomicInteger streams = new AtomicInteger();
		ServerServiceDefinition silent = ServerServiceDefinition.builder(RawMarshaller.SYNC.getServiceName())
			.addMethod(RawMarshaller.SYNC, ServerCalls.asyncBidiStreamingCall((responses) -> {
				streams.incrementAndGet();
				return new StreamObserver<byte[]>() {

					@Override
					public void onNext(byte[] frame) {
						// heard, never answered
					}

					@Override
					public void onError(Throwable error) {
					}

					@Override
					public void onCompleted() {
					}

				};
			}))
			.build();
		Server parent = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(silent)
			.build()
			.start();
		try (TestNode county = TestNode.node("441704", NodeLevel.COUNTY)
			.parent("441700", "127.0.0.1:" + parent.getPort())
			.plaintext()
			.property("ducha.federation.hello-timeout", "1s")
			.property("ducha.federation.client.initial-backoff", "100ms")
			.property("ducha.federation.client.max-backoff", "300ms")
			.start()) {
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> streams.get() >= 3);
		}
		finally {
			parent.shutdownNow();
		}
	}

}
