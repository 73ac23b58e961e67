package org.ducha.node.federation.events;

import java.util.List;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.CoordinationReport;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportContent;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.ChangeNote;
import org.ducha.node.task.Task;
import org.ducha.proto.federation.v1.AlertAcknowledged;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ProgressReported;
import org.ducha.proto.federation.v1.TaskIssued;

/**
 * Domain records to wire events; used for live events and for re-sync records alike.
 */
final class EventTranslation {

	private EventTranslation() {
	}

	/**
	 * A task with the assignments one destination may see: its content at its current
	 * revision and its current status.
	 */
	static Event taskIssued(Task task, List<Assignment> assignments) {
		TaskIssued.Builder issued = TaskIssued.newBuilder()
			.setTaskId(task.getId())
			.setRevision(task.getRevision())
			.setNumber(Wire.text(task.getNumber()))
			.setTitle(Wire.text(task.getTitle()))
			.setContent(Wire.text(task.getContent()))
			.setSource(Wire.source(task.getSource()))
			.setType(Wire.type(task.getType()))
			.setBasis(Wire.text(task.getBasis()))
			.setPublished(task.isPublished())
			.setIssuingNode(task.getIssuingNode())
			.setIssuingUnit(task.getIssuingUnit())
			.setDeadline(task.getDeadline().toString())
			.setIssuedAt(Wire.timestamp(task.getIssuedAt()))
			.setIssuedBy(Wire.text(task.getIssuedBy()))
			.setSchedule(ScheduleWire.toWire(task.content().schedule()))
			.setStatus(Wire.status(task.getStatus()))
			.setStatusRevision(task.getStatusRevision());
		ChangeNote status = task.getStatusNote();
		if (status != null) {
			issued.setStatusReason(Wire.text(status.reason())).setStatusChangedBy(Wire.text(status.by()));
			if (status.at() != null) {
				issued.setStatusChangedAt(Wire.timestamp(status.at()));
			}
		}
		ChangeNote revision = task.getRevisionNote();
		if (revision != null) {
			issued.setRevisionReason(Wire.text(revision.reason())).setRevisedBy(Wire.text(revision.by()));
			if (revision.at() != null) {
				issued.setRevisedAt(Wire.timestamp(revision.at()));
			}
		}
		for (Assignment assignment : assignments) {
			issued.addAssignments(AssignmentSpec.newBuilder()
				.setAssignmentId(assignment.getId())
				.setUnitCode(assignment.getUnitCode())
				.setRole(Wire.role(assignment.getRole())));
		}
		return Event.newBuilder().setTaskIssued(issued).build();
	}

	static Event assignmentSigned(Assignment assignment) {
		return Event.newBuilder()
			.setAssignmentSigned(AssignmentSigned.newBuilder()
				.setAssignmentId(assignment.getId())
				.setTaskId(assignment.getTaskId())
				.setUnitCode(assignment.getUnitCode())
				.setSignedBy(Wire.text(assignment.getSignedBy()))
				.setSignedAt(Wire.timestamp(assignment.getSignedAt()))
				.setAssigneeRevision(assignment.getAssigneeRevision()))
			.build();
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
				.addAllAttachments(report.attachments().stream().map(AttachmentWire::toWire).toList()))
			.build();
	}

	static Event alertRaised(Alert alert) {
		AlertRaised.Builder raised = AlertRaised.newBuilder();
		CoordinationReport report = alert.getCoordinationReport();
		if (report != null) {
			raised.setCoordinationReport(org.ducha.proto.federation.v1.CoordinationReport.newBuilder()
				.setProcess(Wire.text(report.process()))
				.setReasons(Wire.text(report.reasons()))
				.setSuggestions(Wire.text(report.suggestions())));
		}
		return Event.newBuilder()
			.setAlertRaised(raised.setAlertId(alert.getId())
				.setDirection(Wire.direction(alert.getDirection()))
				.setKind(Wire.kind(alert.getKind()))
				.setFromNode(alert.getFromNode())
				.setFromUnit(alert.getFromUnit())
				.setToNode(alert.getToNode())
				.setToUnit(Wire.text(alert.getToUnit()))
				.setTaskId(Wire.text(alert.getTaskId()))
				.setAssignmentId(Wire.text(alert.getAssignmentId()))
				.setTitle(Wire.text(alert.getTitle()))
				.setMessage(Wire.text(alert.getMessage()))
				.setRaisedBy(Wire.text(alert.getRaisedBy()))
				.setRaisedAt(Wire.timestamp(alert.getRaisedAt())))
			.build();
	}

	static Event alertAcknowledged(Alert alert) {
		return Event.newBuilder()
			.setAlertAcknowledged(AlertAcknowledged.newBuilder()
				.setAlertId(alert.getId())
				.setAcknowledgedBy(Wire.text(alert.getAcknowledgedBy()))
				.setAcknowledgedAt(Wire.timestamp(alert.getAcknowledgedAt()))
				.setNote(Wire.text(alert.getNote())))
			.build();
	}

}
