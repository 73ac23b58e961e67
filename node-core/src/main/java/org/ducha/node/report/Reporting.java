package org.ducha.node.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assignee reports progress; the report travels to the issuer, and every node on the
 * way keeps it.
 */
@Service
public class Reporting {

	private final Tasks tasks;

	private final TaskReplication assignments;

	private final ProgressReportRepository reports;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Reporting(Tasks tasks, TaskReplication assignments, ProgressReportRepository reports, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.reports = reports;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public ProgressReport report(String assignmentId, ReportContent content, Actor actor) {
		if (content == null || content.percentComplete() < 0 || content.percentComplete() > 100) {
			throw new InvalidRequestException("percentComplete must lie between 0 and 100");
		}
		if (isBlank(content.progress())) {
			throw new InvalidRequestException("A report states its progress");
		}
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		task.checkOpenForAssignees();
		Instant now = this.clock.instant();
		long revision = assignment.report(content.percentComplete(), now);
		this.assignments.save(assignment);
		ProgressReport report = ProgressReport.of(Ids.newId(), assignmentId, task.getId(), assignment.getUnitCode(),
				actor.name(), now, content);
		ProgressReport saved = this.reports.save(report.written(task.getIssuingNode(), revision));
		this.events.publishEvent(new ReportRecorded(saved));
		return saved;
	}

	/** The reports on an assignment the caller may see, newest first. */
	@Transactional(readOnly = true)
	public List<ProgressReport> ofTask(String taskId, Actor actor) {
		this.tasks.detail(taskId, actor);
		return this.reports.findByTaskIdOrderByReportedAtDesc(taskId);
	}

	/**
	 * The latest report on each of the given assignments, by assignment id, without scope
	 * checks: for callers that took the assignments from {@code Tasks} within the
	 * caller's scope (the ledger).
	 */
	@Transactional(readOnly = true)
	public Map<String, ProgressReport> latestOf(Collection<String> assignmentIds) {
		if (assignmentIds.isEmpty()) {
			return Map.of();
		}
		return this.reports.latestOf(assignmentIds)
			.stream()
			.collect(Collectors.toMap(ProgressReport::getAssignmentId, Function.identity()));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
