/**
 * Decomposition (分解, docs/business-rules.md §12): a node that received an assignment for
 * one of its units hands it on as sub-tasks to its departments and the governments below
 * it; how those sub-tasks' assignments stand rolls up to the decomposed assignment, at
 * the decomposing node and at every node on the way to the issuer of its task.
 */
package org.ducha.node.decomposition;
