package org.ducha.node.divisions;

/**
 * A division's record changed at this node: set here (at the province) or received from
 * above.
 *
 * @param record the record as it now stands
 * @param setHere whether it was set at this node (and must go to every node below)
 */
public record DivisionChanged(DivisionRecord record, boolean setHere) {
}
