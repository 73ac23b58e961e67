package org.ducha.node.inspection.conclusion;

/**
 * A step of a conclusion was taken at this node and travels: its issue or review down to
 * the unit's node, its signing or objection up to the issuer; the conclusion's state says
 * which.
 *
 * @param conclusion the conclusion as it now stands
 */
public record ConclusionStepTaken(Conclusion conclusion) {
}
