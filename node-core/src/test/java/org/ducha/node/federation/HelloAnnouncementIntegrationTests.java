package org.ducha.node.federation;

import java.util.List;
import java.util.Map;

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
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.tree.DivisionRegistry;
import org.ducha.node.unit.Units;
import org.ducha.proto.federation.v1.Frame;
import org.ducha.proto.federation.v1.Hello;
import org.ducha.proto.federation.v1.SubtreeNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent believes a child's Hello only about codes the division registry places under
 * that child (docs/protocol.md §5.2): a Hello announcing the parent itself, one of its
 * ancestors, another child's code, or a code outside the child's registered subtree is
 * refused whole, with its reason, audited as a security event, and changes nothing. The
 * registry is the province's: edited there, it reaches the city, which then accepts the
 * county it registered.
 */
class HelloAnnouncementIntegrationTests {

	private static TestNode province;

	private static TestNode city;

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.name("广东省")
			.children("441700", "440900")
			.withoutTransport()
			.start();
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704", "441799")
			.withoutTransport()
			.property("ducha.security.local-jwt.private-key", TestKeys.dir().resolve("jwt.key").toString())
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
		province.close();
	}

	@BeforeEach
	void reset() {
		province.resetState();
		city.resetState();
	}

	/** A child played by hand says Hello, announcing a subtree of codes under it. */
	private static PipedLink hello(TestNode parent, String child, String... announced) {
		Hello.Builder hello = Hellos.freshChild(child).toBuilder();
		for (String code : announced) {
			hello.addSubtree(SubtreeNode.newBuilder().setCode(code).setName("县 " + code).setParentCode(child));
		}
		PipedLink link = PipedLink.towards(parent, child);
		link.sendToParent(Frame.newBuilder().setHello(hello).build());
		link.drain();
		return link;
	}

	private static List<AuditRecord> audited(TestNode node, String action) {
		return node.bean(AuditTrail.class).latest(100).stream().filter((r) -> r.action().equals(action)).toList();
	}

	/** Asserts a Hello was refused for a reason, audited and without effect. */
	private static void assertRefused(TestNode parent, PipedLink link, String child, String reason) {
		assertThat(link.isOpen()).as("the stream is closed").isFalse();
		assertThat(link.framesToChild(Frame::hasHello)).as("no Hello answers it").isEmpty();
		assertThat(audited(parent, "HELLO_REFUSED")).singleElement()
			.satisfies((record) -> assertThat(record.detail()).contains(reason));
		assertThat(audited(parent, "ANNOUNCEMENT_REFUSED")).singleElement().satisfies((record) -> {
			assertThat(record.category()).isEqualTo(AuditCategory.SECURITY);
			assertThat(record.peer()).isEqualTo(child);
			assertThat(record.detail()).contains(reason);
		});
		assertThat(parent.bean(Directory.class).subtreeOf(child)).as("the directory holds the child alone")
			.containsExactly(child);
		assertThat(parent.bean(LinkStatusReader.class).all()).filteredOn((status) -> status.peer().equals(child))
			.singleElement()
			.satisfies((status) -> {
				assertThat(status.state()).isNotEqualTo(LinkState.CONNECTED);
				assertThat(status.lastError()).contains(reason);
			});
	}

	@Test
	void refusesAHelloAnnouncingTheParentItself() {
		assertRefused(city, hello(city, "441704", "441700"), "441704", "441700 is this node");
	}

	@Test
	void refusesAHelloAnnouncingAnAncestorOfTheParent() {
		assertRefused(city, hello(city, "441704", "440000"), "441704", "440000 is an ancestor of this node");
	}

	@Test
	void refusesAHelloAnnouncingAnotherChildsCode() {
		assertRefused(city, hello(city, "441704", "441702"), "441704", "441702 lies under another child, 441702");
	}

	@Test
	void refusesAHelloAnnouncingACodeTheRegistryDoesNotKnow() {
		assertRefused(city, hello(city, "441704", "441798"), "441704",
				"441798 is not in the division registry (version 0)");
	}

	@Test
	void refusesAHelloAnnouncingARegisteredCodeOutsideTheChildsSubtree() {
		assertRefused(province, hello(province, "441700", "441702", "440902"), "441700",
				"440902 lies outside the subtree the division registry (version 0) gives 441700");
	}

	@Test
	void refusesAConfiguredChildTheRegistryDoesNotKnow() {
		assertRefused(city, hello(city, "441799"), "441799",
				"node 441799 is not in the division registry (version 0); the province registers it first");
	}

	@Test
	void acceptsACityAnnouncingTheCountiesTheRegistryPlacesUnderIt() {
		PipedLink link = hello(province, "441700", "441702", "441704");
		assertThat(link.isOpen()).isTrue();
		assertThat(link.framesToChild(Frame::hasHello)).singleElement();
		assertThat(province.bean(Directory.class).subtreeOf("441700")).containsExactlyInAnyOrder("441700", "441702",
				"441704");
		assertThat(audited(province, "ANNOUNCEMENT_REFUSED")).isEmpty();
	}

	@Test
	void aNodeAnnouncedBeforeItsNameIsKnownIsNamedByItsCodeNotByAnEmptyName() {
		// a city announces a configured county that has not said Hello to it yet
		Hello.Builder hello = Hellos.freshChild("441700")
			.toBuilder()
			.addSubtree(SubtreeNode.newBuilder().setCode("441704").setName("").setParentCode("441700"));
		PipedLink link = PipedLink.towards(province, "441700");
		link.sendToParent(Frame.newBuilder().setHello(hello).build());
		link.drain();
		assertThat(link.isOpen()).isTrue();
		assertThat(province.bean(Units.class).find("441704")).hasValueSatisfying(
				(unit) -> assertThat(unit.name()).as("what a ladder step or a report names it by").isEqualTo("441704"));
	}

	@Test
	void theProvincesRegistryReachesTheCityWhichThenAcceptsTheCountyItRegistered() {
		assertRefused(city, hello(city, "441799"), "441799", "not in the division registry");
		PipedLink uplink = PipedLink.connect(province, city);
		uplink.drain();
		assertThat(uplink.isOpen()).isTrue();
		assertThat(province.bean(Directory.class).all()).extracting(DirectoryNode::code)
			.as("the city does not announce a child the registry does not know")
			.doesNotContain("441799");

		RestClient citySysadmin = city.api(TestKeys.token("sysadmin-441700", "441700", null, "sysadmin"));
		Map<String, Object> change = Map.of("name", "阳江新区", "parentCode", "441700", "reason", "国务院批复设立");
		assertThat(citySysadmin.put()
			.uri("/api/v1/admin/divisions/441799")
			.body(change)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value()).as("the city keeps no registry of its own").isEqualTo(403);
		assertThat(province.api(TestKeys.token("sysadmin-441700", "441700", null, "sysadmin"))
			.put()
			.uri("/api/v1/admin/divisions/441799")
			.body(change)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value()).as("another node's sysadmin does not keep the province's registry").isEqualTo(403);

		Map<String, Object> set = province.api(TestKeys.token("sysadmin-440000", "440000", null, "sysadmin"))
			.put()
			.uri("/api/v1/admin/divisions/441799")
			.body(change)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(set).containsEntry("code", "441799")
			.containsEntry("parentCode", "441700")
			.containsEntry("version", 1);
		assertThat(audited(province, "DIVISION_SET")).singleElement();

		uplink.drain();
		assertThat(city.bean(DivisionRegistry.class).version()).isEqualTo(1);
		assertThat(city.bean(DivisionRegistry.class).isBelow("441799", "441700")).isTrue();
		assertThat(audited(city, "DIVISION_RECEIVED")).isNotEmpty();
		Map<String, Object> seen = citySysadmin.get()
			.uri("/api/v1/admin/divisions/441799")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(seen).containsEntry("name", "阳江新区").containsEntry("version", 1);

		PipedLink county = hello(city, "441799");
		assertThat(county.isOpen()).isTrue();
		assertThat(county.framesToChild(Frame::hasHello)).singleElement();
	}

}
