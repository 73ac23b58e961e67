package org.ducha.node.federation;

import org.junit.jupiter.api.Test;

import org.ducha.proto.federation.v1.Hello;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protocol version a Hello is accepted in and the one its session speaks
 * (docs/protocol.md §5.6).
 */
class HelloVersionTests {

	private static Hello hello(int version, int max) {
		return Hello.newBuilder().setNodeCode("441700").setProtocolVersion(version).setMaxProtocolVersion(max).build();
	}

	@Test
	void aNewNodeWritesItsHelloInVersionOneAndAnnouncesTwo() {
		assertThat(HelloExchange.PROTOCOL_VERSION).isEqualTo(1);
		assertThat(HelloExchange.MAX_PROTOCOL_VERSION).isEqualTo(2);
	}

	@Test
	void acceptsEveryVersionUpToItsHighest() {
		assertThat(HelloExchange.versionProblem(hello(1, 0))).as("an old node").isNull();
		assertThat(HelloExchange.versionProblem(hello(1, 2))).as("a node of this version").isNull();
		assertThat(HelloExchange.versionProblem(hello(2, 2))).as("a Hello written in version 2").isNull();
		assertThat(HelloExchange.versionProblem(hello(1, 7))).as("a newer node still writing version 1").isNull();
	}

	@Test
	void refusesAHelloWrittenAboveItsHighestOrInNoVersion() {
		assertThat(HelloExchange.versionProblem(hello(3, 3)))
			.isEqualTo("Hello from 441700 speaks protocol version 3; this node speaks versions 1 to 2");
		assertThat(HelloExchange.versionProblem(hello(0, 0))).contains("speaks protocol version 0");
	}

	@Test
	void aSessionSpeaksTheLowerOfBothHighest() {
		assertThat(HelloExchange.negotiated(hello(1, 0))).as("an old node announces nothing: 1").isEqualTo(1);
		assertThat(HelloExchange.negotiated(hello(1, 1))).isEqualTo(1);
		assertThat(HelloExchange.negotiated(hello(1, 2))).isEqualTo(2);
		assertThat(HelloExchange.negotiated(hello(1, 9))).as("a newer node: this node's highest").isEqualTo(2);
	}

}
