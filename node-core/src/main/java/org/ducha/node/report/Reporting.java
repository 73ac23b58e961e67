package org.ducha.node.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentHistory;
import org.ducha.node.task.AssignmentLifecycleChanged;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;

import org.springframework.beans.factory.ObjectProvider;
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

	/** Most attachments one report may reference. */
	static final int MAX_ATTACHMENTS = 50;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Attachments attachments;

	private final AssignmentHistory history;

	private final ReportReturning returning;

	private final ObjectProvider<SummarisedContributions> contributions;

	Reporting(Tasks tasks, TaskReplication assignments, ProgressReportRepository reports, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, Attachments attachments,
			AssignmentHistory history, ReportReturning returning,
			ObjectProvider<SummarisedContributions> contributions) {
		this.history = history;
		this.returning = returning;
		this.contributions = contributions;
		this.tasks = tasks;
		this.assignments = assignments;
		this.reports = reports;
		this.clock = clock;
		this.events = events;
		this.attachments = attachments;
	}

	@Transactional
	public ProgressReport report(String assignmentId, ReportContent content, Actor actor) {
		return report(assignmentId, content, List.of(), actor);
	}

	/**
	 * Writes a report with attachments the reporter uploaded here before (each must be
	 * stored here and readable by the reporter).
	 */
	@Transactional
	public ProgressReport report(String assignmentId, ReportContent content, List<AttachmentChoice> chosen,
			Actor actor) {
		return report(assignmentId, content, chosen, ReportLinks.NONE, actor);
	}

	/**
	 * Writes a lead unit's or a single unit's report (a co-unit contributes to the lead's
	 * instead), which may resubmit a returned report and sum up co-units' contributions
	 * (docs/business-rules.md §6.8, §11.2). While a report of the assignment waits for
	 * its resubmission, the next report must be it.
	 */
	@Transactional
	public ProgressReport report(String assignmentId, ReportContent content, List<AttachmentChoice> chosen,
			ReportLinks links, Actor actor) {
		if (content == null || content.percentComplete() < 0 || content.percentComplete() > 100) {
			throw new InvalidRequestException("percentComplete must lie between 0 and 100");
		}
		if (isBlank(content.progress())) {
			throw new InvalidRequestException("A report states its progress");
		}
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		if (assignment.getRole() == AssignmentRole.CO) {
			throw new ConflictException("Assignment " + assignmentId + " is a co-unit's: it contributes to the lead "
					+ "unit's report (POST /api/v1/assignments/" + assignmentId + "/contributions)");
		}
		List<ReportAttachment> attached = attachments(chosen, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		task.checkOpenForAssignees();
		checkAnswer(assignmentId, links.answers());
		if (!links.summarised().isEmpty()) {
			this.contributions.getObject().check(assignmentId, links.summarised());
		}
		Instant now = this.clock.instant();
		AssignmentStatus from = assignment.getStatus();
		long revision = assignment.report(content.percentComplete(), now);
		this.assignments.save(assignment);
		this.history.made(assignment, actor, "REPORTED", from, null, content.percentComplete() + "%", now);
		ProgressReport report = ProgressReport.of(Ids.newId(), assignmentId, task.getId(), assignment.getUnitCode(),
				actor.name(), now, content, attached, links);
		ProgressReport saved = this.reports.save(report.written(task.getIssuingNode(), revision));
		if (links.answers() != null) {
			this.returning.answered(links.answers(), saved.getId());
		}
		this.events.publishEvent(new ReportRecorded(saved));
		this.events.publishEvent(new AssignmentLifecycleChanged(assignmentId));
		return saved;
	}

	private void checkAnswer(String assignmentId, String answers) {
		Optional<ReportReturn> waiting = this.returning.unanswered(assignmentId);
		if (answers == null) {
			waiting.ifPresent((returned) -> {
				throw new ConflictException("Report " + returned.reportId() + " was returned (" + returned.reason()
						+ "); the next report resubmits it (answers " + returned.reportId() + ")");
			});
			return;
		}
		if (waiting.isEmpty() || !waiting.get().reportId().equals(answers)) {
			throw new ConflictException(
					"Report " + answers + " of assignment " + assignmentId + " is not waiting to be submitted again");
		}
	}

	static String required(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(field + ": " + message);
		}
		if (text.length() > 2000) {
			throw new InvalidRequestException(field + ": at most 2000 characters");
		}
		return text.strip();
	}

	/** The reports on an assignment the caller may see, newest first. */
	@Transactional(readOnly = true)
	public List<ProgressReport> ofTask(String taskId, Actor actor) {
		this.tasks.detail(taskId, actor);
		return this.reports.findByTaskIdOrderByReportedAtDesc(taskId);
	}

	/**
	 * One report, if the caller may see its task (for the special reports that cite it).
	 * @throws org.ducha.node.problem.NotFoundException when missing or out of the
	 * caller's scope
	 */
	@Transactional(readOnly = true)
	public ProgressReport find(String reportId, Actor actor) {
		ProgressReport report = this.reports.findById(reportId)
			.filter((found) -> this.tasks.isVisibleTo(found.getTaskId(), actor))
			.orElseThrow(() -> new org.ducha.node.problem.NotFoundException("No progress report " + reportId));
		return report;
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

	private List<ReportAttachment> attachments(List<AttachmentChoice> chosen, Actor actor) {
		if (chosen == null || chosen.isEmpty()) {
			return List.of();
		}
		if (chosen.size() > MAX_ATTACHMENTS) {
			throw new InvalidRequestException("A report references at most " + MAX_ATTACHMENTS + " attachments");
		}
		Set<String> seen = new LinkedHashSet<>();
		List<ReportAttachment> attached = new ArrayList<>();
		for (AttachmentChoice choice : chosen) {
			if (choice == null || isBlank(choice.sha256())) {
				throw new InvalidRequestException("Each attachment names its sha256");
			}
			AttachmentRef ref = this.attachments.referable(choice.sha256(), choice.name(), actor);
			if (seen.add(ref.sha256().hex())) {
				attached.add(ReportAttachment.of(ref));
			}
		}
		return attached;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
