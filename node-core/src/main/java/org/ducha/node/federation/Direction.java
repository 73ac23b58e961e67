package org.ducha.node.federation;

import org.ducha.node.tree.PeerRole;

/**
 * Which way an entry crosses one hop of a link (docs/protocol.md §8): down from a parent
 * into its child, or up from a child to its parent. An entry may cross several hops, and
 * each is checked on its own.
 */
public enum Direction {

	/** From a parent into a child. */
	DOWN,

	/** From a child to its parent. */
	UP;

	/** The direction of an entry arriving from a peer. */
	static Direction from(PeerRole sender) {
		return (sender == PeerRole.CHILD) ? UP : DOWN;
	}

}
