package org.ducha.node.task;

/**
 * The issuer at this node decided an extension request.
 *
 * @param request the request with its decision
 */
public record ExtensionDecided(ExtensionRequest request) {
}
