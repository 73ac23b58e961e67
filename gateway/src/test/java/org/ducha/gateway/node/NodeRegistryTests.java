package org.ducha.gateway.node;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ducha.gateway.GatewaySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The registry's tree: which codes a caller may address, and the configurations it
 * refuses.
 */
class NodeRegistryTests {

	private static final Map<String, String> DEMO = Map.of("440000", "", "441700", "440000", "441702", "441700",
			"441704", "441700", "440900", "440000", "440902", "440900");

	@Test
	void aCallerMayAddressItsOwnNodeAndEveryNodeBelowIt() {
		NodeRegistry registry = registry(DEMO, null);

		assertThat(registry.addressable("441704", "441700")).map(Node::code).hasValue("441704");
		assertThat(registry.addressable("441700", "441700")).isPresent();
		assertThat(registry.addressable("440902", "440000")).isPresent();
		assertThat(registry.subtree("441700")).extracting(Node::code).containsExactly("441700", "441702", "441704");
	}

	@Test
	void aCallerMayNotAddressNodesAboveBesideOrUnknown() {
		NodeRegistry registry = registry(DEMO, null);

		assertThat(registry.addressable("441700", "441704")).isEmpty();
		assertThat(registry.addressable("441702", "441704")).isEmpty();
		assertThat(registry.addressable("440902", "441700")).isEmpty();
		assertThat(registry.addressable("999999", "440000")).isEmpty();
		assertThat(registry.addressable("441704", null)).isEmpty();
		assertThat(registry.addressable("441704", "999999")).isEmpty();
	}

	@Test
	void theTreeIsConfigurationNotTheDigitsOfTheCode() {
		// a county-level city directly under the province
		Map<String, String> tree = new LinkedHashMap<>(DEMO);
		tree.put("441781", "440000");
		NodeRegistry registry = registry(tree, null);

		assertThat(registry.addressable("441781", "441700")).isEmpty();
		assertThat(registry.addressable("441781", "440000")).isPresent();
	}

	@Test
	void theTopOfANodeIsTheLastNodeUpItsParents() {
		NodeRegistry registry = registry(DEMO, null);

		assertThat(registry.top("441704")).map(Node::code).hasValue("440000");
		assertThat(registry.top("440902")).map(Node::code).hasValue("440000");
		assertThat(registry.top("440000")).map(Node::code).hasValue("440000");
		assertThat(registry(Map.of("441704", "441700"), null).top("441704")).map(Node::code).hasValue("441704");
		assertThat(registry.top("999999")).isEmpty();
	}

	@Test
	void thePublicNodeIsTheConfiguredOneOrTheOnlyTopNode() {
		assertThat(registry(DEMO, null).publicNode()).map(Node::code).hasValue("440000");
		assertThat(registry(DEMO, "441700").publicNode()).map(Node::code).hasValue("441700");
		assertThat(registry(Map.of("441700", "440000", "440900", "440000"), null).publicNode()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> registry(DEMO, "999999"))
			.withMessageContaining("public-node");
	}

	@Test
	void refusesParentCyclesAndNodeUrlsWithAPath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> registry(Map.of("441700", "441704", "441704", "441700"), null))
			.withMessageContaining("cycle");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeRegistry(settings(
					Map.of("441700", new GatewaySettings.Node(URI.create("http://127.0.0.1:8441/ducha"), null, null)),
					null)))
			.withMessageContaining("without a path");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new NodeRegistry(settings(Map.of("441700", new GatewaySettings.Node(null, null, null)), null)))
			.withMessageContaining("url is missing");
	}

	private static NodeRegistry registry(Map<String, String> parents, String publicNode) {
		Map<String, GatewaySettings.Node> nodes = new LinkedHashMap<>();
		int port = 8440;
		for (Map.Entry<String, String> node : parents.entrySet()) {
			nodes.put(node.getKey(),
					new GatewaySettings.Node(URI.create("http://127.0.0.1:" + port++), node.getValue(), null));
		}
		return new NodeRegistry(settings(nodes, publicNode));
	}

	private static GatewaySettings settings(Map<String, GatewaySettings.Node> nodes, String publicNode) {
		return new GatewaySettings(nodes, publicNode, null);
	}

}
