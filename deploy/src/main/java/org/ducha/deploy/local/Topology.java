package org.ducha.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo federation of the realm file ({@code deploy/keycloak/ducha-realm.json}): its
 * group tree gives every node's code, name, level, parent and departments. Ports are
 * fixed per node, so that a node keeps them across starts: REST {@code 8440 + i}, link
 * {@code 9440 + i}, in the order of {@link #ORDER}, plus an offset.
 */
public final class Topology {

	/** Every node of the demo tree, in port order. */
	public static final List<String> ORDER = List.of("440000", "441700", "441704", "441721", "440900", "440902",
			"441702", "441781", "440904");

	/** What runs by default: the province, both cities and three counties. */
	public static final List<String> DEFAULT = ORDER.subList(0, 6);

	private Topology() {
	}

	/**
	 * The nodes chosen, in start order (parents first).
	 * @param realmFile the realm file
	 * @param chosen codes of the nodes to run; each one's ancestors must be among them
	 * @param portOffset added to every port
	 */
	public static List<NodeSpec> of(Path realmFile, Collection<String> chosen, int portOffset) {
		Map<String, JsonNode> groups = new LinkedHashMap<>();
		Map<String, String> parents = new LinkedHashMap<>();
		try {
			JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(realmFile));
			collect(realm.path("groups"), null, groups, parents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the realm file " + realmFile, ex);
		}
		List<NodeSpec> nodes = new ArrayList<>();
		for (String code : ORDER) {
			if (!chosen.contains(code)) {
				continue;
			}
			JsonNode group = groups.get(code);
			if (group == null) {
				throw new IllegalArgumentException("Node " + code + " is not in the realm " + realmFile);
			}
			String parent = parents.get(code);
			if (parent != null && !chosen.contains(parent)) {
				throw new IllegalArgumentException("Node " + code + " needs its parent " + parent + " to run too");
			}
			List<String> children = new ArrayList<>();
			Map<String, String> departments = new LinkedHashMap<>();
			for (JsonNode sub : group.path("subGroups")) {
				String name = sub.path("name").asString();
				if (sub.path("attributes").has("orgCode")) {
					if (chosen.contains(name)) {
						children.add(name);
					}
				}
				else {
					departments.put(name, first(sub, "unitName"));
				}
			}
			int index = ORDER.indexOf(code);
			nodes.add(
					new NodeSpec(code, first(group, "orgName"), first(group, "orgLevel"), parent, List.copyOf(children),
							Map.copyOf(departments), 8440 + index + portOffset, 9440 + index + portOffset));
		}
		for (String code : chosen) {
			if (!ORDER.contains(code)) {
				throw new IllegalArgumentException("Unknown node " + code + "; the demo tree has " + ORDER);
			}
		}
		return nodes;
	}

	private static void collect(JsonNode list, String parent, Map<String, JsonNode> groups,
			Map<String, String> parents) {
		for (JsonNode group : list) {
			if (group.path("attributes").has("orgCode")) {
				String code = group.path("name").asString();
				groups.put(code, group);
				parents.put(code, parent);
				collect(group.path("subGroups"), code, groups, parents);
			}
		}
	}

	private static String first(JsonNode group, String attribute) {
		return group.path("attributes").path(attribute).path(0).asString();
	}

}
