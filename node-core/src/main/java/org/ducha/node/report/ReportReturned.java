package org.ducha.node.report;

/**
 * The issuer at this node returned a progress report; the federation carries the return
 * to the assignee's node when that is another one.
 *
 * @param returned the return
 * @param issuingNode this node, the task's issuer
 * @param assigneeNode the node of the report's assignee
 */
public record ReportReturned(ReportReturn returned, String issuingNode, String assigneeNode) {
}
