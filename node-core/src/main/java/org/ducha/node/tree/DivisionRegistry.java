package org.ducha.node.tree;

import java.util.Optional;

/**
 * The registry of administrative divisions this node holds (docs/protocol.md §5.2): which
 * divisions exist and which lies under which. A parent accepts from a child's Hello only
 * codes the registry places under that child. The province keeps it; the divisions
 * feature implements it, so the tree reads it without knowing that feature.
 */
public interface DivisionRegistry {

	/** A division that exists now (not retired). */
	Optional<Division> find(String code);

	/**
	 * The registry's version: 0 for the bundled data, higher after the province's
	 * changes.
	 */
	long version();

	/**
	 * Whether the registry places a division strictly below another, at any depth.
	 */
	default boolean isBelow(String code, String ancestor) {
		Optional<Division> current = find(code);
		// the registry is a tree of a few levels; the bound only stops a corrupted cycle
		for (int depth = 0; depth < 16 && current.isPresent(); depth++) {
			String parent = current.get().parentCode();
			if (parent == null) {
				return false;
			}
			if (parent.equals(ancestor)) {
				return true;
			}
			current = find(parent);
		}
		return false;
	}

}
