package org.ducha.node.report;

import java.util.Collection;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentHistory;
import org.ducha.node.task.AssignmentLifecycleChanged;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.TaskReplication;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the reports that assignees' nodes send up, and reads them for a re-sync.
 */
@Service
public class ReportReplication {

	private final ProgressReportRepository reports;

	private final TaskReplication assignments;

	private final ApplicationEventPublisher events;

	private final AssignmentHistory history;

	private final ReportReturning returning;

	ReportReplication(ProgressReportRepository reports, TaskReplication assignments, ApplicationEventPublisher events,
			AssignmentHistory history, ReportReturning returning) {
		this.returning = returning;
		this.history = history;
		this.reports = reports;
		this.assignments = assignments;
		this.events = events;
	}

	/**
	 * A report stated by the assignee's node; applied once however often it arrives.
	 * @param statedBy the node stating it, which must be the assignee's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyReported(String reportId, String assignmentId, String taskId, String unitCode, String statedBy,
			String reportedBy, java.time.Instant reportedAt, ReportContent content, long assigneeRevision) {
		applyReported(reportId, assignmentId, taskId, unitCode, statedBy, reportedBy, reportedAt, content,
				assigneeRevision, List.of(), ReportLinks.NONE);
	}

	/**
	 * A report stated by the assignee's node, with the attachments it references (their
	 * bytes follow separately), the returned report it resubmits and the contributions it
	 * sums up; applied once however often it arrives.
	 * @param statedBy the node stating it, which must be the assignee's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyReported(String reportId, String assignmentId, String taskId, String unitCode, String statedBy,
			String reportedBy, java.time.Instant reportedAt, ReportContent content, long assigneeRevision,
			List<AttachmentRef> attachments, ReportLinks links) {
		Assignment assignment = this.assignments.assignmentStatedBy(assignmentId, unitCode, statedBy);
		if (!assignment.getTaskId().equals(taskId)) {
			throw new org.ducha.node.problem.ForbiddenException(
					"Report " + reportId + " names task " + taskId + " but its assignment belongs to another task");
		}
		AssignmentStatus from = assignment.getStatus();
		assignment.applyReported(content.percentComplete(), reportedAt, assigneeRevision);
		this.assignments.save(assignment);
		if (!this.reports.existsById(reportId)) {
			this.history.learnt(assignment, statedBy, reportedBy, reportedAt, "REPORTED", from, null,
					content.percentComplete() + "%");
			List<ReportAttachment> attached = attachments.stream().map(ReportAttachment::of).toList();
			ProgressReport report = this.reports.save(ProgressReport.of(reportId, assignmentId, taskId, unitCode,
					reportedBy, reportedAt, content, attached, links));
			if (links.answers() != null) {
				this.returning.answered(links.answers(), reportId);
			}
			this.events.publishEvent(new ReportRecorded(report));
			this.events.publishEvent(new AssignmentLifecycleChanged(assignmentId));
		}
	}

	/** Reports by units of the given nodes on tasks issued outside them (re-sync). */
	@Transactional(readOnly = true)
	public List<ProgressReport> byNodesForIssuersOutside(Collection<String> nodes, String afterId, int limit) {
		return this.reports.byNodesForIssuersOutside(nodes, afterId, limit);
	}

}
