package org.ducha.node.inspection;

/**
 * What an inspection plan rests on.
 *
 * @param kind a task, a leader's instruction or an annual priority
 * @param reference the task's id or the instruction's document number, if any
 * @param text the basis in words
 */
public record PlanBasis(BasisKind kind, String reference, String text) {

}
