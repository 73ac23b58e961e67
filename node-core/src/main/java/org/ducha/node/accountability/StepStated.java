package org.ducha.node.accountability;

/**
 * This node issued a ladder step, or stated one of its steps again with a higher
 * revision; the federation carries it to the unit's node and up to the root.
 *
 * @param step the step as it now stands
 */
public record StepStated(LadderStep step) {
}
