package org.ducha.node.contribution;

/**
 * This node, the task's issuer, passed a co-unit's contribution on to the lead unit's
 * assignment; the federation carries it down to the lead's node when that is another
 * node.
 *
 * @param contribution the contribution, naming the lead assignment
 * @param issuingNode this node
 * @param leadNode the lead unit's node
 */
public record ContributionForwarded(Contribution contribution, String issuingNode, String leadNode) {
}
