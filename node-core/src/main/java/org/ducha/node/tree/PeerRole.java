package org.ducha.node.tree;

/**
 * What the node at the other end of a link is to this node.
 */
public enum PeerRole {

	PARENT, CHILD

}
