package org.ducha.node.task;

/**
 * An assignee at this node returned a wrongly addressed assignment to the issuer.
 *
 * @param assignment the assignment after the return
 * @param issuingNode the node that issued its task
 */
public record AssignmentReturned(Assignment assignment, String issuingNode) {
}
