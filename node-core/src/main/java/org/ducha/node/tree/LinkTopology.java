package org.ducha.node.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeProperties;

import org.springframework.stereotype.Component;

/**
 * The links this node has by configuration: its parent (when configured) and its
 * children.
 */
@Component
public class LinkTopology {

	private final Optional<Link> parent;

	private final List<Link> children;

	LinkTopology(NodeProperties properties, NodeIdentity self) {
		if (properties.hasParent()) {
			String parentCode = properties.getParent().getCode();
			if (!NodeIdentity.isNodeCode(parentCode)) {
				throw new IllegalStateException("ducha.node.parent.code must name the parent's six-digit division code "
						+ "when ducha.node.parent.address is set, got: " + parentCode);
			}
			this.parent = Optional.of(new Link(parentCode, PeerRole.PARENT));
		}
		else {
			this.parent = Optional.empty();
		}
		List<Link> links = new ArrayList<>();
		for (String child : properties.getChildren()) {
			if (!NodeIdentity.isNodeCode(child) || child.equals(self.code())) {
				throw new IllegalStateException("ducha.node.children holds an invalid child code: " + child);
			}
			links.add(new Link(child, PeerRole.CHILD));
		}
		this.children = List.copyOf(links);
	}

	public Optional<Link> parent() {
		return this.parent;
	}

	public List<Link> children() {
		return this.children;
	}

	/** Every link of this node, parent first. */
	public List<Link> all() {
		List<Link> all = new ArrayList<>();
		this.parent.ifPresent(all::add);
		all.addAll(this.children);
		return all;
	}

	public Optional<Link> find(String peer) {
		return all().stream().filter((link) -> link.peer().equals(peer)).findFirst();
	}

	public Optional<Link> child(String code) {
		return this.children.stream().filter((link) -> link.peer().equals(code)).findFirst();
	}

}
