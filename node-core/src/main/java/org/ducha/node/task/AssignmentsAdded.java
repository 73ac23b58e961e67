package org.ducha.node.task;

import java.util.List;

/**
 * Assignments became known at this node: issued here, or copied from the issuer. Local:
 * it never travels (the federation sends {@link TaskIssued}).
 *
 * @param task their task
 * @param assignments the new assignments
 */
public record AssignmentsAdded(Task task, List<Assignment> assignments) {
}
