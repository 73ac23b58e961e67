package org.ducha.node.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.problem.NotHeldException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentHistory;
import org.ducha.node.task.AssignmentLifecycleChanged;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer returns an unsatisfactory progress report (退回, docs/business-rules.md
 * §11.2): a report counts unless returned, and may be returned only while it is the
 * assignment's latest report, the assignment is being reported on, and fewer than
 * {@code ducha.reports.return-within-working-days} working days have passed since the day
 * it was written; after that it is accepted. The return travels down to the assignee's
 * node, whose next report must resubmit it.
 */
@Service
public class ReportReturning {

	private final ProgressReportRepository reports;

	private final ReportReturnStore returns;

	private final Tasks tasks;

	private final WorkingCalendar calendar;

	private final ReportSettings settings;

	private final NodeIdentity self;

	private final Clock clock;

	private final AssignmentHistory history;

	private final ApplicationEventPublisher events;

	ReportReturning(ProgressReportRepository reports, ReportReturnStore returns, Tasks tasks, WorkingCalendar calendar,
			ReportSettings settings, NodeIdentity self, Clock clock, AssignmentHistory history,
			ApplicationEventPublisher events) {
		this.reports = reports;
		this.returns = returns;
		this.tasks = tasks;
		this.calendar = calendar;
		this.settings = settings;
		this.self = self;
		this.clock = clock;
		this.history = history;
		this.events = events;
	}

	/**
	 * Returns a report with the reason.
	 * @throws NotFoundException when the report is missing or out of the caller's scope
	 * @throws org.ducha.node.problem.ForbiddenException when the caller does not decide
	 * for the task's issuer
	 * @throws ConflictException when the report was returned already or is accepted
	 */
	@Transactional
	public ReportReturn returnReport(String reportId, String reason, Actor actor) {
		ProgressReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("No report " + reportId));
		Assignment assignment;
		try {
			assignment = this.tasks.assignmentToDecide(report.getAssignmentId(), actor);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("No report " + reportId);
		}
		String why = Reporting.required(reason, "reason", "A return says what is unsatisfactory");
		Task task = this.tasks.task(assignment.getTaskId());
		checkReturnable(report, assignment, task);
		ReportReturn returned = new ReportReturn(reportId, assignment.getId(), task.getId(), actor.name(),
				this.clock.instant(), why, null);
		this.returns.insertIfAbsent(returned);
		this.history.made(assignment, actor, "REPORT_RETURNED", assignment.getStatus(), why, "report " + reportId,
				returned.returnedAt());
		this.events.publishEvent(new ReportReturned(returned, this.self.code(), assignment.getUnitNode()));
		recorded(returned, null);
		return returned;
	}

	private void checkReturnable(ProgressReport report, Assignment assignment, Task task) {
		if (this.returns.of(report.getId()).isPresent()) {
			throw new ConflictException("Report " + report.getId() + " has been returned already");
		}
		if (task.getStatus() != TaskStatus.ISSUED && task.getStatus() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException("Task " + task.getId() + " is " + task.getStatus() + "; its reports stand");
		}
		if (assignment.getStatus() != AssignmentStatus.REPORTING) {
			throw new ConflictException("Report " + report.getId() + " is accepted: its assignment is "
					+ assignment.getStatus() + " (a report is returned while its assignment is being reported on)");
		}
		ProgressReport latest = this.reports.findByAssignmentIdOrderByReportedAtDesc(assignment.getId()).get(0);
		if (!latest.getId().equals(report.getId())) {
			throw new ConflictException("Report " + report.getId() + " is accepted: report " + latest.getId()
					+ " followed it (only the latest report can be returned)");
		}
		LocalDate written = LocalDate.ofInstant(report.getReportedAt(), NodeIdentity.ZONE);
		int passed = this.calendar.data().workingDaysBetween(written, this.calendar.today());
		if (passed > this.settings.returnWithinWorkingDays()) {
			throw new ConflictException("Report " + report.getId() + " is accepted: it was written on " + written
					+ ", more than " + this.settings.returnWithinWorkingDays() + " working days ago");
		}
	}

	/**
	 * A return stated by the task's issuer; applied once however often it arrives.
	 * @param statedBy the node stating it, which must be the task's issuer
	 * @throws org.ducha.node.problem.ForbiddenException when it is another node
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void applyReturned(ReportReturn returned, String statedBy) {
		Task task = this.tasks.findTask(returned.taskId())
			.orElseThrow(() -> new NotHeldException("Task " + returned.taskId()));
		if (!task.getIssuingNode().equals(statedBy)) {
			throw new org.ducha.node.problem.ForbiddenException("Node " + statedBy + " returns a report on task "
					+ task.getId() + ", which node " + task.getIssuingNode() + " issued");
		}
		ProgressReport report = this.reports.findById(returned.reportId())
			.orElseThrow(() -> new NotHeldException("Report " + returned.reportId()));
		if (!report.getAssignmentId().equals(returned.assignmentId()) || !report.getTaskId().equals(task.getId())) {
			throw new org.ducha.node.problem.ForbiddenException(
					"The return of report " + report.getId() + " names another assignment or task");
		}
		Optional<ProgressReport> answer = this.reports.findFirstByAnswersReportId(report.getId());
		ReportReturn held = new ReportReturn(returned.reportId(), returned.assignmentId(), returned.taskId(),
				returned.returnedBy(), returned.returnedAt(), returned.reason(),
				answer.map(ProgressReport::getId).orElse(null));
		if (this.returns.insertIfAbsent(held)) {
			this.tasks.findAssignment(held.assignmentId())
				.ifPresent(
						(assignment) -> this.history.learnt(assignment, statedBy, held.returnedBy(), held.returnedAt(),
								"REPORT_RETURNED", assignment.getStatus(), held.reason(), "report " + held.reportId()));
			recorded(held, answer.map(ProgressReport::getReportedAt).orElse(null));
		}
	}

	private void recorded(ReportReturn returned, java.time.Instant answeredAt) {
		this.events.publishEvent(new ReturnRecorded(returned, answeredAt));
		this.events.publishEvent(new AssignmentLifecycleChanged(returned.assignmentId()));
	}

	/** The returns of the given reports held here, by report id. */
	@Transactional(readOnly = true)
	public Map<String, ReportReturn> returnsOf(Collection<String> reportIds) {
		return this.returns.ofReports(reportIds)
			.stream()
			.collect(Collectors.toMap(ReportReturn::reportId, Function.identity()));
	}

	/** The return still waiting for its resubmission on an assignment, if any. */
	Optional<ReportReturn> unanswered(String assignmentId) {
		return this.returns.unanswered(assignmentId);
	}

	/** A report resubmits a returned one. */
	void answered(String returnedReportId, String answerId) {
		this.returns.answer(returnedReportId, answerId);
	}

	/**
	 * Returns of reports by units of the given nodes made outside them, after a key
	 * (re-sync).
	 */
	@Transactional(readOnly = true)
	public List<ReportReturn> intoNodes(Collection<String> nodes, String afterId, int limit) {
		return this.returns.intoNodes(nodes, afterId, limit);
	}

	/** Whether a report's return is known here (a resubmission's check). */
	Optional<ReportReturn> returnOf(String reportId) {
		return this.returns.of(reportId);
	}

}
