package org.ducha.node.task;

import java.util.List;

/**
 * A task was issued at this node to its assignees.
 *
 * @param task the task
 * @param assignments its assignments
 */
public record TaskIssued(Task task, List<Assignment> assignments) {
}
