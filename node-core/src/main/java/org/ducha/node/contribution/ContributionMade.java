package org.ducha.node.contribution;

/**
 * A co-unit of this node contributed; the federation carries it up to the task's issuer
 * when that is another node.
 *
 * @param contribution the contribution
 * @param issuingNode the task's issuer
 */
public record ContributionMade(Contribution contribution, String issuingNode) {
}
