package org.ducha.node.tree;

/**
 * A node below this one.
 *
 * @param code its division code
 * @param name its name, when known
 * @param parentCode its parent's code
 * @param viaPeer the child of this node whose subtree holds it
 */
public record DirectoryNode(String code, String name, String parentCode, String viaPeer) {
}
