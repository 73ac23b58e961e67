package org.ducha.node.tree;

import java.util.List;

import org.ducha.node.NodeIdentity;

import org.springframework.stereotype.Component;

/**
 * What this node accepts of the tree its peers describe: the link engine hands over each
 * child's announced subtree and the parent's announced ancestors, inside the transaction
 * that records the Hello. The checks of what a peer may announce live here.
 */
@Component
public class TreeAnnouncements {

	private final Directory directory;

	private final AncestorStore ancestors;

	private final Ancestry ancestry;

	TreeAnnouncements(Directory directory, AncestorStore ancestors, Ancestry ancestry) {
		this.directory = directory;
		this.ancestors = ancestors;
		this.ancestry = ancestry;
	}

	/** Registers a configured child before it ever announced anything. */
	public void childConfigured(String code) {
		this.directory.ensureChild(code);
	}

	/**
	 * Replaces what a child announced of its subtree. A code this node already knows
	 * through another child, this node's own code, the child's own code or one that is no
	 * node code is refused.
	 * @return the refused codes
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
