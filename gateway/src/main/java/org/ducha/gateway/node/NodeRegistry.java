package org.ducha.gateway.node;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ducha.gateway.GatewaySettings;

/**
 * The nodes this gateway routes to ({@code ducha.gateway.nodes}) and how they hang
 * together: which node is the caller's, and which nodes lie in a caller's subtree. The
 * tree is configuration, as on the nodes themselves, never inferred from the digits of a
 * code.
 */
public final class NodeRegistry {

	private final Map<String, Node> nodes;

	private final Node publicNode;

	NodeRegistry(GatewaySettings settings) {
		Map<String, Node> byCode = new LinkedHashMap<>();
		new TreeMap<>(settings.nodes()).forEach((code, node) -> byCode.put(code, node(code, node)));
		this.nodes = Map.copyOf(byCode);
		this.nodes.keySet().forEach(this::checkNoCycle);
		this.publicNode = publicNode(settings.publicNode());
	}

	private static Node node(String code, GatewaySettings.Node settings) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("ducha.gateway.nodes: a node without a code");
		}
		URI url = settings.url();
		if (url == null) {
			throw new IllegalArgumentException("ducha.gateway.nodes." + code + ".url is missing");
		}
		boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
		boolean bare = (url.getRawPath() == null || url.getRawPath().isEmpty() || "/".equals(url.getRawPath()))
				&& url.getRawQuery() == null && url.getRawFragment() == null;
		if (!http || url.getHost() == null || !bare) {
			// the proxy keeps the request's path and takes only scheme, host and port
			throw new IllegalArgumentException(
					"ducha.gateway.nodes." + code + ".url must be http(s)://host:port without a path, not " + url);
		}
		String parent = (settings.parent() != null && !settings.parent().isBlank()) ? settings.parent() : null;
		if (code.equals(parent)) {
			throw new IllegalArgumentException("ducha.gateway.nodes." + code + " is its own parent");
		}
		String name = (settings.name() != null && !settings.name().isBlank()) ? settings.name() : code;
		return new Node(code, name, url, parent);
	}

	private void checkNoCycle(String code) {
		Set<String> seen = new HashSet<>();
		for (Node node = lookup(code); node != null; node = lookup(node.parent())) {
			if (!seen.add(node.code())) {
				throw new IllegalArgumentException("ducha.gateway.nodes: the parents of " + code + " form a cycle");
			}
		}
	}

	private Node publicNode(String configured) {
		if (configured != null && !configured.isBlank()) {
			Node node = lookup(configured);
			if (node == null) {
				throw new IllegalArgumentException(
						"ducha.gateway.public-node " + configured + " is not in ducha.gateway.nodes");
			}
			return node;
		}
		List<Node> tops = this.nodes.values().stream().filter((node) -> lookup(node.parent()) == null).toList();
		return (tops.size() == 1) ? tops.get(0) : null;
	}

	/** The node of a code, if this gateway routes to it. */
	public Optional<Node> node(String code) {
		return Optional.ofNullable(lookup(code));
	}

	private Node lookup(String code) {
		return (code != null) ? this.nodes.get(code) : null;
	}

	/**
	 * Whether a node is the given one or lies below it, following the configured parents.
	 */
	public boolean isWithin(String code, String ancestor) {
		if (ancestor == null) {
			return false;
		}
		for (Node node = lookup(code); node != null; node = lookup(node.parent())) {
			if (node.code().equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The node a caller of {@code callerOrg} may address by code: its own, or one below
	 * it; empty for every other code (unknown, sibling, above).
	 */
	public Optional<Node> addressable(String code, String callerOrg) {
		return node(code).filter((node) -> isWithin(node.code(), callerOrg));
	}

	/** The caller's own node and every node below it, in code order. */
	public List<Node> subtree(String code) {
		List<Node> within = new ArrayList<>();
		for (Node node : new TreeMap<>(this.nodes).values()) {
			if (isWithin(node.code(), code)) {
				within.add(node);
			}
		}
		return within;
	}

	/**
	 * The top node above a node (the node itself when it has no parent here), following
	 * the configured parents: the province whose admin API a city's user administration
	 * forwards to.
	 */
	public Optional<Node> top(String code) {
		Node top = lookup(code);
		for (Node above = top; above != null; above = lookup(above.parent())) {
			top = above;
		}
		return Optional.ofNullable(top);
	}

	/** The node that answers the public, unauthenticated API. */
	public Optional<Node> publicNode() {
		return Optional.ofNullable(this.publicNode);
	}

	public int size() {
		return this.nodes.size();
	}

}
