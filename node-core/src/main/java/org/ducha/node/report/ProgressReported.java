package org.ducha.node.report;

/**
 * A unit of this node reported progress on an assignment.
 *
 * @param report the report
 * @param issuingNode the node that issued the task
 * @param assigneeRevision the assignee's revision of the assignment after the report
 */
public record ProgressReported(ProgressReport report, String issuingNode, long assigneeRevision) {
}
