package org.ducha.node.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotHeldException;
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
	 * Reports stated by the assignees' nodes, oldest first, each applied once however
	 * often it arrives; the result is the one applying them one at a time leaves. The
	 * assignments are read with one locked query and the reports held already with
	 * another; the reports are folded into the assignments in memory with the domain's
	 * own methods, then each changed assignment is written once and the new reports with
	 * one batch (docs/architecture.md, "Set-based handlers").
	 * @throws org.ducha.node.problem.ForbiddenException when one of them is stated by
	 * another node than the assignee's, or names another task than its assignment's
	 * (nothing is written then: the caller retries them one at a time to find which)
	 * @throws NotHeldException when an assignment is not known here yet
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyReported(List<StatedReport> stated) {
		Map<String, Assignment> held = this.assignments
			.assignmentsToUpdate(stated.stream().map(StatedReport::assignmentId).distinct().toList());
		Set<String> known = new HashSet<>(
				this.reports.idsAmong(stated.stream().map(StatedReport::reportId).distinct().toList()));
		Map<Assignment, Integer> changed = new LinkedHashMap<>();
		List<Folded> recorded = new ArrayList<>();
		for (StatedReport report : stated) {
			Assignment assignment = held.get(report.assignmentId());
			if (assignment == null) {
				throw new NotHeldException("Assignment " + report.assignmentId());
			}
			TaskReplication.checkStatedBy(assignment, report.unitCode(), report.statedBy());
			if (!assignment.getTaskId().equals(report.taskId())) {
				throw new ForbiddenException("Report " + report.reportId() + " names task " + report.taskId()
						+ " but its assignment belongs to another task");
			}
			AssignmentStatus from = assignment.getStatus();
			assignment.applyReported(report.content().percentComplete(), report.reportedAt(),
					report.assigneeRevision());
			changed.merge(assignment, 1, Integer::sum);
			if (known.add(report.reportId())) {
				recorded.add(new Folded(report, assignment, from,
						ProgressReport.of(report.reportId(), report.assignmentId(), report.taskId(), report.unitCode(),
								report.reportedBy(), report.reportedAt(), report.content(),
								report.attachments().stream().map(ReportAttachment::of).toList(), report.links())));
			}
		}
		this.assignments.saveAll(changed);
		this.reports.saveAll(recorded.stream().map(Folded::report).toList());
		// a report's status change is its first one: the status after any later report of
		// the batch is the same, so the timeline reads as it would one at a time
		for (Folded folded : recorded) {
			StatedReport report = folded.stated();
			this.history.learnt(folded.assignment(), report.statedBy(), report.reportedBy(), report.reportedAt(),
					"REPORTED", folded.from(), null, report.content().percentComplete() + "%");
			if (report.links().answers() != null) {
				this.returning.answered(report.links().answers(), report.reportId());
			}
			this.events.publishEvent(new ReportRecorded(folded.report()));
			this.events.publishEvent(new AssignmentLifecycleChanged(report.assignmentId()));
		}
	}

	/**
	 * A new report folded into its assignment, and the status the assignment had before.
	 */
	private record Folded(StatedReport stated, Assignment assignment, AssignmentStatus from, ProgressReport report) {
	}

	/** Reports by units of the given nodes on tasks issued outside them (re-sync). */
	@Transactional(readOnly = true)
	public List<ProgressReport> byNodesForIssuersOutside(Collection<String> nodes, String afterId, int limit) {
		return this.reports.byNodesForIssuersOutside(nodes, afterId, limit);
	}

}
