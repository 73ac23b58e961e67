package org.ducha.node.task;

/**
 * An assignee at this node signed for its assignment.
 *
 * @param assignment the assignment after signing
 * @param issuingNode the node that issued its task
 */
public record AssignmentSigned(Assignment assignment, String issuingNode) {
}
