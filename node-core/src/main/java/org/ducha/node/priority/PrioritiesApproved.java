package org.ducha.node.priority;

/**
 * This node's leader approved its priorities for a year: they travel down to every node
 * below.
 *
 * @param priorities the approved priorities
 */
public record PrioritiesApproved(AnnualPriorities priorities) {
}
