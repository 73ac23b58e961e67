package org.ducha.node.tree;

/**
 * One parent-child edge as seen from this node.
 *
 * @param peer the other node's code
 * @param role what the other node is to this one
 */
public record Link(String peer, PeerRole role) {
}
