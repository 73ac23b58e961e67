package org.ducha.node.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;

import org.springframework.stereotype.Component;

/**
 * What this node accepts of the tree its peers describe: the link engine hands over each
 * child's announced subtree and the parent's announced ancestors, inside the transaction
 * that records the Hello. The checks of what a peer may announce live here: a child
 * announces only codes the division registry places under it (docs/protocol.md §5.2).
 */
@Component
public class TreeAnnouncements {

	private final Directory directory;

	private final AncestorStore ancestors;

	private final Ancestry ancestry;

	private final DivisionRegistry registry;

	private final NodeIdentity self;

	TreeAnnouncements(Directory directory, AncestorStore ancestors, Ancestry ancestry, DivisionRegistry registry,
			NodeIdentity self) {
		this.directory = directory;
		this.ancestors = ancestors;
		this.ancestry = ancestry;
		this.registry = registry;
		this.self = self;
	}

	/**
	 * What is wrong with a child's Hello: the child itself must be a division the
	 * registry places under this node, and each node it announces one the registry places
	 * under the child — never this node, one of its ancestors, or a node of another
	 * child's subtree.
	 * @return why the Hello must be refused, empty when it may be accepted
	 */
	public Optional<String> refusal(String child, List<DirectoryNode> subtree) {
		long version = this.registry.version();
		String registry = "the division registry (version " + version + ")";
		if (this.registry.find(child).isEmpty()) {
			return Optional.of("node " + child + " is not in " + registry + "; the province registers it first");
		}
		if (!this.registry.isBelow(child, this.self.code())) {
			return Optional.of(registry + " does not place node " + child + " under " + this.self.code() + " (it is "
					+ "under " + this.registry.find(child).map(Division::parentCode).orElse("nothing") + ")");
		}
		List<String> problems = new ArrayList<>();
		for (DirectoryNode node : subtree) {
			problem(child, node.code(), registry).ifPresent(problems::add);
		}
		return problems.isEmpty() ? Optional.empty()
				: Optional.of("node " + child + " announced what it cannot hold: " + String.join("; ", problems));
	}

	private Optional<String> problem(String child, String code, String registry) {
		if (!NodeIdentity.isNodeCode(code)) {
			return Optional.of("'" + code + "' is no node code");
		}
		if (code.equals(this.self.code())) {
			return Optional.of(code + " is this node");
		}
		if (code.equals(child)) {
			return Optional.of(code + " is the child itself");
		}
		if (this.ancestry.isAncestor(code)) {
			return Optional.of(code + " is an ancestor of this node");
		}
		Optional<String> holder = this.directory.viaPeer(code).filter((peer) -> !peer.equals(child));
		if (holder.isPresent()) {
			return Optional.of(code + " lies under another child, " + holder.get());
		}
		if (this.registry.find(code).isEmpty()) {
			return Optional.of(code + " is not in " + registry);
		}
		if (!this.registry.isBelow(code, child)) {
			return Optional.of(code + " lies outside the subtree " + registry + " gives " + child);
		}
		return Optional.empty();
	}

	/**
	 * What this node announces of its subtree to its parent: every node below it that the
	 * registry places below it. A configured child the registry does not know yet is left
	 * out — the parent would refuse the whole Hello for it — until the province registers
	 * it and the registry reaches this node.
	 */
	public List<DirectoryNode> announceable() {
		return this.directory.all()
			.stream()
			.filter((node) -> this.registry.isBelow(node.code(), this.self.code()))
			.toList();
	}

	/** Registers a configured child before it ever announced anything. */
	public void childConfigured(String code) {
		this.directory.ensureChild(code);
	}

	/**
	 * Replaces what a child announced of its subtree, once {@link #refusal} found nothing
	 * wrong with it. A code this node already knows through another child, this node's
	 * own code, the child's own code or one that is no node code is left out still.
	 * @return the codes left out
	 */
	public List<String> childAnnounced(String child, String childName, List<DirectoryNode> subtree) {
		return this.directory.announce(child, childName, subtree);
	}

	/**
	 * Records the ancestors the parent announced, nearest first, leaving out what is no
	 * node code and what names this node or one below it.
	 */
	public void parentAnnounced(String parent, List<String> announced) {
		this.ancestors.write(parent,
				announced.stream()
					.filter((code) -> NodeIdentity.isNodeCode(code) && !this.directory.isSelfOrBelow(code))
					.toList());
		this.ancestry.changed();
	}

}
