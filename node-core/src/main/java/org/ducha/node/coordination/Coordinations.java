package org.ducha.node.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.Alerting;
import org.ducha.node.alert.CoordinationReport;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordination on a LEAD assignment: the lead unit records its attempts with co-units;
 * after two without result it files the written report it owes upward, which travels to
 * the task's issuer as a COORDINATION_REQUEST alert. Who may not see the task gets 404,
 * exactly as for a missing assignment; who sees it but is not the lead unit gets 403.
 */
@Service
public class Coordinations {

	private final Tasks tasks;

	private final CoordinationRepository coordinations;

	private final CoordinationScope scope;

	private final Alerting alerting;

	private final Clock clock;

	Coordinations(Tasks tasks, CoordinationRepository coordinations, CoordinationScope scope, Alerting alerting,
			Clock clock) {
		this.tasks = tasks;
		this.coordinations = coordinations;
		this.scope = scope;
		this.alerting = alerting;
		this.clock = clock;
	}

	@Transactional
	public Coordination record(String assignmentId, NewCoordination attempt, Actor actor) {
		Assignment assignment = this.scope.leadAssignmentToActOn(assignmentId, actor);
		List<String> problems = problems(attempt, assignment);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(String.join("; ", problems));
		}
		Task task = this.tasks.task(assignment.getTaskId());
		NewCoordination clean = new NewCoordination(attempt.date(),
				attempt.withUnits().stream().map(String::trim).distinct().toList(), attempt.matter().trim(),
				attempt.outcome(), blankToNull(attempt.notes()));
		Coordination coordination = Coordination.of(Ids.newId(), assignmentId, task.getId(), assignment.getUnitCode(),
				clean, actor.name(), this.clock.instant());
		return this.coordinations.save(coordination.recorded(task.getIssuingNode()));
	}

	private List<String> problems(NewCoordination attempt, Assignment assignment) {
		List<String> problems = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
		if (attempt.date() == null) {
			problems.add("date: the day the coordination took place, yyyy-MM-dd");
		}
		else if (attempt.date().isAfter(today)) {
			problems.add("date: " + attempt.date() + " lies in the future");
		}
		if (attempt.withUnits() == null || attempt.withUnits().isEmpty()) {
			problems.add("withUnits: the units coordinated with");
		}
		else {
			for (String unit : new HashSet<>(attempt.withUnits())) {
				if (unit == null || unit.isBlank() || unit.contains(",") || unit.trim().length() > 64) {
					problems.add("withUnits: '" + unit + "' is not a unit code");
				}
				else if (unit.trim().equals(assignment.getUnitCode())) {
					problems.add("withUnits: the lead unit " + unit + " does not coordinate with itself");
				}
			}
		}
		if (attempt.matter() == null || attempt.matter().isBlank()) {
			problems.add("matter: what was to be coordinated");
		}
		if (attempt.outcome() == null) {
			problems.add("outcome: RESOLVED or UNRESOLVED");
		}
		return problems;
	}

	/** The attempts on an assignment the caller may see, in the order they took place. */
	@Transactional(readOnly = true)
	public List<Coordination> of(String assignmentId, Actor actor) {
		this.scope.visibleAssignment(assignmentId, actor);
		return this.coordinations.ofAssignment(assignmentId);
	}

	@Transactional(readOnly = true)
	public CoordinationStatus status(String assignmentId, Actor actor) {
		this.scope.visibleAssignment(assignmentId, actor);
		return statusOf(assignmentId);
	}

	private CoordinationStatus statusOf(String assignmentId) {
		List<WrittenReport> reports = this.alerting.coordinationReports(assignmentId)
			.stream()
			.map(WrittenReport::of)
			.toList();
		return CoordinationStatus.of(this.coordinations.ofAssignment(assignmentId), reports);
	}

	/**
	 * Files the written report the lead unit owes, as a COORDINATION_REQUEST alert to the
	 * task's issuing node.
	 * @throws IllegalTransitionException when no report is owed
	 */
	@Transactional
	public WrittenReport report(String assignmentId, CoordinationReport report, Actor actor) {
		Assignment assignment = this.scope.leadAssignmentToActOn(assignmentId, actor);
		List<String> missing = new ArrayList<>();
		if (report == null || blankToNull(report.process()) == null) {
			missing.add("process: how coordination went (协调经过)");
		}
		if (report == null || blankToNull(report.reasons()) == null) {
			missing.add("reasons: why it failed (未果原因)");
		}
		if (report == null || blankToNull(report.suggestions()) == null) {
			missing.add("suggestions: opinions and suggestions (意见建议)");
		}
		if (!missing.isEmpty()) {
			throw new InvalidRequestException(String.join("; ", missing));
		}
		CoordinationStatus status = statusOf(assignmentId);
		if (!status.writtenReportRequired()) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " owes no written coordination report: "
					+ status.unresolved() + " unresolved attempt(s) since the last resolved one, "
					+ ((status.writtenReport() != null)
							? "already answered by the report of " + status.writtenReport().reportedAt()
							: "fewer than " + CoordinationStatus.UNRESOLVED_BEFORE_REPORT));
		}
		Task task = this.tasks.task(assignment.getTaskId());
		String issuingUnit = task.getIssuingUnit();
		boolean toDepartment = issuingUnit != null && !issuingUnit.equals(task.getIssuingNode())
				&& Unit.nodeOf(issuingUnit).equals(task.getIssuingNode()) && !issuingUnit.equals(actor.unitCode());
		CoordinationReport parts = new CoordinationReport(report.process().trim(), report.reasons().trim(),
				report.suggestions().trim());
		AlertDraft draft = new AlertDraft(AlertKind.COORDINATION_REQUEST, task.getIssuingNode(),
				toDepartment ? issuingUnit : null, task.getId(), assignmentId, title(task), message(parts), parts);
		Alert alert = this.alerting.raise(draft, actor);
		return WrittenReport.of(alert);
	}

	private static String title(Task task) {
		String title = "【协调未果书面报告】《" + task.getTitle() + "》";
		return (title.length() > 500) ? title.substring(0, 499) + "…" : title;
	}

	private static String message(CoordinationReport parts) {
		return "经两次以上协调仍未解决，现书面报告如下：\n一、协调情况：" + parts.process() + "\n二、无法解决的原因：" + parts.reasons() + "\n三、意见建议："
				+ parts.suggestions();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
