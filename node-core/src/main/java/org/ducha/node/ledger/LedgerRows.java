package org.ducha.node.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.Reporting;
import org.ducha.node.schedule.Schedules;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskDetail;
import org.ducha.node.task.TaskFilter;
import org.ducha.node.task.Tasks;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Component;

/**
 * The ledger's lines for a caller: the task list exactly as {@code GET /api/v1/tasks}
 * gives it to that caller (same query, same scope), page after page, each assignment with
 * its next due date and latest report.
 */
@Component
class LedgerRows {

	/** Tasks per read; the task list's own largest page. */
	static final int PAGE = 200;

	/** How much of a report's text the ledger shows. */
	static final int PROGRESS_CHARS = 300;

	private final Tasks tasks;

	private final Reporting reporting;

	private final Schedules schedules;

	private final Units units;

	LedgerRows(Tasks tasks, Reporting reporting, Schedules schedules, Units units) {
		this.tasks = tasks;
		this.reporting = reporting;
		this.schedules = schedules;
		this.units = units;
	}

	/**
	 * Hands every line the caller may see to a consumer, in the task list's order.
	 * @return how many lines
	 */
	int forEach(Actor actor, TaskFilter filter, Consumer<LedgerRow> consumer) {
		Map<String, String> names = this.units.all()
			.stream()
			.collect(Collectors.toMap(Unit::code, Unit::name, (first, second) -> first));
		Set<String> seen = new HashSet<>();
		int lines = 0;
		for (int page = 0;; page++) {
			List<TaskDetail> details = this.tasks.listWithAssignments(actor, filter, page, PAGE);
			// a task registered while we read shifts the pages by one; it is not shown
			// twice
			List<TaskDetail> fresh = details.stream().filter((detail) -> seen.add(detail.task().getId())).toList();
			List<String> ids = fresh.stream()
				.flatMap((detail) -> detail.assignments().stream())
				.map(Assignment::getId)
				.toList();
			Map<String, ProgressReport> latest = this.reporting.latestOf(ids);
			Map<String, LocalDate> nextDue = this.schedules.nextDue(ids);
			for (TaskDetail detail : fresh) {
				for (Assignment assignment : leadFirst(detail.assignments())) {
					consumer.accept(row(detail.task(), assignment, latest.get(assignment.getId()),
							nextDue.get(assignment.getId()), names));
					lines++;
				}
			}
			if (details.size() < PAGE) {
				return lines;
			}
		}
	}

	private static List<Assignment> leadFirst(List<Assignment> assignments) {
		return assignments.stream()
			.sorted(Comparator.comparing((Assignment a) -> a.getRole() != AssignmentRole.LEAD)
				.thenComparing(Assignment::getUnitCode))
			.toList();
	}

	private static LedgerRow row(Task task, Assignment assignment, ProgressReport report, LocalDate nextDue,
			Map<String, String> names) {
		return new LedgerRow(task.getNumber(), task.getTitle(), task.content().goal(), task.getSource().label(),
				task.content().type().label(), names.getOrDefault(task.getIssuingUnit(), task.getIssuingUnit()),
				names.getOrDefault(assignment.getUnitCode(), assignment.getUnitCode()), assignment.getUnitCode(),
				Labels.of(assignment.getRole()), assignment.getSignedBy(), local(assignment.getSignedAt()),
				(assignment.getResponsible() != null) ? assignment.getResponsible().describe() : null,
				task.getDeadline(), assignment.deadline(task.getDeadline()), nextDue, Labels.of(assignment.getStatus()),
				Labels.of(task.getStatus()), Labels.light(assignment.getLight()), assignment.getLightReason(),
				(report != null) ? LocalDate.ofInstant(report.getReportedAt(), NodeIdentity.ZONE) : null,
				(report != null) ? report.getPercentComplete() : null,
				(report != null) ? shorten(report.content().progress()) : null);
	}

	private static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, NodeIdentity.ZONE) : null;
	}

	static String shorten(String text) {
		if (text == null) {
			return null;
		}
		String flat = text.strip();
		return (flat.length() <= PROGRESS_CHARS) ? flat : flat.substring(0, PROGRESS_CHARS - 1) + "…";
	}

}
