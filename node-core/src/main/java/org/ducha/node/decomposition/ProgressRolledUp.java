package org.ducha.node.decomposition;

/**
 * A decomposed assignment's roll-up has a new revision at this node, its decomposing
 * node; the issuer of the assignment's task must learn it.
 *
 * @param unitCode the decomposed assignment's unit
 * @param taskId the decomposed assignment's task
 * @param issuingNode the node that issued that task
 * @param rollUp the new revision
 */
public record ProgressRolledUp(String unitCode, String taskId, String issuingNode, RollUp rollUp) {
}
