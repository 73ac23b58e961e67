package org.ducha.node.task;

/**
 * An assignee at this node asked for a later deadline.
 *
 * @param request the request
 * @param issuingNode the node that issued the task and decides
 */
public record ExtensionRequested(ExtensionRequest request, String issuingNode) {
}
