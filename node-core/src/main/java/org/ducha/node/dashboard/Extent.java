package org.ducha.node.dashboard;

/**
 * How far down the tree a dashboard reaches.
 */
public enum Extent {

	/** The units of this node: its departments and the government itself. */
	NODE,

	/**
	 * The units of this node and of every government below it that this node knows of
	 * (the administrative tree).
	 */
	SUBTREE

}
