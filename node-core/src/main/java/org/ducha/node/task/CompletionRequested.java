package org.ducha.node.task;

/**
 * An assignee at this node asked to complete its assignment.
 *
 * @param assignment the assignment after the request
 * @param issuingNode the node that issued its task and decides
 */
public record CompletionRequested(Assignment assignment, String issuingNode) {
}
