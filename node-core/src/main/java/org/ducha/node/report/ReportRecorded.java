package org.ducha.node.report;

/**
 * A report became known at this node: written here or received from the assignee's node.
 * Local: it never travels (the federation sends {@link ProgressReported}).
 *
 * @param report the report
 */
public record ReportRecorded(ProgressReport report) {
}
