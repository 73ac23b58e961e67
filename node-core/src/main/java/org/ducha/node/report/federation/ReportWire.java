package org.ducha.node.report.federation;

import org.ducha.node.federation.wire.Wire;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.ReportReturn;
import org.ducha.proto.federation.v1.AttachmentRef;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ProgressReported;

/**
 * Progress reports to wire events, for live events and re-sync records alike.
 */
final class ReportWire {

	private ReportWire() {
	}

	static Event progressReported(ProgressReport report, long assigneeRevision) {
		ReportContent content = report.content();
		return Event.newBuilder()
			.setProgressReported(ProgressReported.newBuilder()
				.setReportId(report.getId())
				.setAssignmentId(report.getAssignmentId())
				.setTaskId(report.getTaskId())
				.setUnitCode(report.getUnitCode())
				.setReportedBy(Wire.text(report.getReportedBy()))
				.setReportedAt(Wire.timestamp(report.getReportedAt()))
				.setPercentComplete(content.percentComplete())
				.setProgress(Wire.text(content.progress()))
				.setDissemination(Wire.text(content.dissemination()))
				.setMeasures(Wire.text(content.measures()))
				.setEffects(Wire.text(content.effects()))
				.setPractices(Wire.text(content.practices()))
				.setDifficulties(Wire.text(content.difficulties()))
				.setSuggestions(Wire.text(content.suggestions()))
				.setAssigneeRevision(assigneeRevision)
				.addAllAttachments(report.attachments().stream().map(ReportWire::attachment).toList())
				.setAnswersReportId(Wire.text(report.links().answers()))
				.addAllSummarisedContributionIds(report.links().summarised()))
			.build();
	}

	static Event reportReturned(ReportReturn returned, String issuingNode) {
		return Event.newBuilder()
			.setReportReturned(org.ducha.proto.federation.v1.ReportReturned.newBuilder()
				.setReportId(returned.reportId())
				.setAssignmentId(returned.assignmentId())
				.setTaskId(returned.taskId())
				.setIssuingNode(issuingNode)
				.setReturnedBy(Wire.text(returned.returnedBy()))
				.setReturnedAt(Wire.timestamp(returned.returnedAt()))
				.setReason(Wire.text(returned.reason())))
			.build();
	}

	private static AttachmentRef attachment(ReportAttachment attachment) {
		return AttachmentRef.newBuilder()
			.setSha256(attachment.sha256())
			.setName(Wire.text(attachment.name()))
			.setSize(attachment.size())
			.setContentType(Wire.text(attachment.contentType()))
			.build();
	}

}
