package org.ducha.node.accountability;

/**
 * A ladder step about a unit of this node became known here (issued here, or arrived from
 * the issuer): the unit's inbox gets it. Local: it never travels.
 *
 * @param step the step
 */
public record StepDelivered(LadderStep step) {
}
