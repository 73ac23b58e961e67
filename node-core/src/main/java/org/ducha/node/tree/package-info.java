/**
 * The administrative tree as this node sees it: its configured links (the parent and the
 * children), the nodes below it as its children announced them, and the nodes above it as
 * its parent announced them. The link engine fills it from each Hello
 * ({@link org.ducha.node.tree.TreeAnnouncements}); features ask it who is above or below
 * ({@link org.ducha.node.tree.Directory}, {@link org.ducha.node.tree.Ancestry},
 * {@link org.ducha.node.tree.LinkTopology}). It sits below both: it imports neither the
 * engine nor a feature.
 */
package org.ducha.node.tree;
