package org.ducha.node.task;

import java.util.List;

/**
 * A task with its assignments as this node knows them.
 *
 * @param task the task
 * @param assignments its assignments
 */
public record TaskDetail(Task task, List<Assignment> assignments) {
}
