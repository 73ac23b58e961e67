package org.ducha.node.coordination;

/**
 * A lead unit of this node recorded a coordination attempt; it travels to the task's
 * issuer.
 *
 * @param coordination the attempt
 * @param issuingNode the node that issued the task
 */
public record CoordinationRecorded(Coordination coordination, String issuingNode) {
}
