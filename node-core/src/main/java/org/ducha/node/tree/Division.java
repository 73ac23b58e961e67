package org.ducha.node.tree;

/**
 * An administrative division of the registry (GB/T 2260): a node's code is its
 * division's.
 *
 * @param code six-digit division code
 * @param name its name
 * @param parentCode the division directly above it, null for the root
 */
public record Division(String code, String name, String parentCode) {
}
