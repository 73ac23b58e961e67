package org.ducha.node.federation;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.Hellos;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Frame;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent that requires node tokens accepts a child's Hello only when its token and its
 * certificate both name that child (docs/security.md §3); every refusal is audited.
 */
class LinkIdentityIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.children("441702", "441704")
			.withoutTransport()
			.property("ducha.security.links.require-node-token", "true")
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

	private static PipedLink hello(String certifiedAs, String token) {
		PipedLink link = PipedLink.towards(city, certifiedAs, token);
		link.sendToParent(Frame.newBuilder().setHello(Hellos.freshChild("441704")).build());
		link.drain();
		return link;
	}

	private static List<String> refusals() {
		return city.bean(AuditTrail.class)
			.latest(50)
			.stream()
			.filter((record) -> record.action().equals("HELLO_REFUSED"))
			.map(AuditRecord::detail)
			.toList();
	}

	@Test
	void acceptsAChildWhoseTokenAndCertificateBothNameIt() {
		PipedLink link = hello("441704", TestKeys.token("node-441704", "441704", null, "node"));
		assertThat(link.isOpen()).isTrue();
		assertThat(link.framesToChild(Frame::hasHello)).singleElement();
		assertThat(city.bean(AuditTrail.class).latest(10)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("a node token naming 441704"));
	}

	@Test
	void refusesAChildWithoutAToken() {
		assertThat(hello("441704", null).isOpen()).isFalse();
		assertThat(refusals()).singleElement().asString().contains("presented no node token");
	}

	@Test
	void refusesAnotherCountysTokenAndTheCitysOwn() {
		assertThat(hello("441704", TestKeys.token("node-441702", "441702", null, "node")).isOpen()).isFalse();
		assertThat(hello("441704", TestKeys.token("node-441700", "441700", null, "node")).isOpen()).isFalse();
		assertThat(refusals()).hasSize(2)
			.anySatisfy((detail) -> assertThat(detail).contains("its node token names node 441702"))
			.anySatisfy((detail) -> assertThat(detail).contains("its node token names node 441700"));
	}

	@Test
	void refusesAPersonsTokenOnALink() {
		assertThat(hello("441704", TestKeys.token("li", "441704", null, "supervisor")).isOpen()).isFalse();
		assertThat(refusals()).singleElement().asString().contains("is not a node's token");
	}

}
