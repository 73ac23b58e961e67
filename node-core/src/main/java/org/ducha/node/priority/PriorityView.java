package org.ducha.node.priority;

import java.util.List;

/**
 * Priorities as a reader sees them, with the tasks and plans of this node linked to their
 * items.
 *
 * @param priorities the priorities
 * @param links the linked tasks and plans, by item order
 */
public record PriorityView(AnnualPriorities priorities, List<LinkedTarget> links) {
}
