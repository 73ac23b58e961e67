package org.ducha.node.report;

import java.time.Instant;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * A progress report as the assignee's node states it: what a copy of the report is made
 * of, with the attachments it references (their bytes follow separately), the returned
 * report it resubmits and the contributions it sums up.
 *
 * @param statedBy the node stating it, which must be the assignee's
 * @param assigneeRevision the assignee's revision of the assignment after the report
 */
public record StatedReport(String reportId, String assignmentId, String taskId, String unitCode, String statedBy,
		String reportedBy, Instant reportedAt, ReportContent content, long assigneeRevision,
		List<AttachmentRef> attachments, ReportLinks links) {

	public StatedReport {
		attachments = List.copyOf(attachments);
	}

}
