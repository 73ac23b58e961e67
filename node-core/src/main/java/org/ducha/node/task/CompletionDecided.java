package org.ducha.node.task;

/**
 * The issuer at this node closed an assignment or refused its completion.
 *
 * @param assignment the assignment after the decision
 * @param approved whether it is closed
 */
public record CompletionDecided(Assignment assignment, boolean approved) {
}
