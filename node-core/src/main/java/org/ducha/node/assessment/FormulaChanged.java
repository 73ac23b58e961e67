package org.ducha.node.assessment;

/**
 * A formula version became known at this node: set here (at the province) or received
 * from above.
 *
 * @param formula the version
 * @param setHere whether it was set at this node (and must go to every node below)
 */
public record FormulaChanged(Formula formula, boolean setHere) {
}
