package org.ducha.node.federation;

/**
 * The transport's handle on the child's connection to its parent, so that an operator's
 * resume dials at once instead of waiting out the backoff.
 */
@FunctionalInterface
public interface ParentLinkControl {

	void reconnectNow();

}
