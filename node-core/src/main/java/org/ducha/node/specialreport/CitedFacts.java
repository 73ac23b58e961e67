package org.ducha.node.specialreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.ducha.node.inspection.finding.Finding;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.Reporting;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskDetail;
import org.ducha.node.task.Tasks;

import org.springframework.stereotype.Component;

/**
 * Reads the records a special report cites, each through its own feature's scope: what
 * the caller may not see there is "not found" here too. A report shows the facts as they
 * are now, not as they were when it was composed.
 */
@Component
class CitedFacts {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Tasks tasks;

	private final FindingRecording findings;

	private final Reporting reports;

	CitedFacts(Tasks tasks, FindingRecording findings, Reporting reports) {
		this.tasks = tasks;
		this.findings = findings;
		this.reports = reports;
	}

	/**
	 * The facts of a record the caller may see.
	 * @throws NotFoundException when it is missing or out of the caller's scope
	 */
	ItemFacts require(ItemReference item, Actor actor) {
		return switch (item.kind()) {
			case TASK -> task(item, actor);
			case FINDING -> finding(item, actor);
			case REPORT -> report(item, actor);
		};
	}

	/** The facts of a record, or an unavailable mark when the caller may not see it. */
	ItemFacts of(ItemReference item, Actor actor) {
		try {
			return require(item, actor);
		}
		catch (NotFoundException ex) {
			return ItemFacts.unavailable(item);
		}
	}

	private ItemFacts task(ItemReference item, Actor actor) {
		TaskDetail detail = this.tasks.detail(item.id(), actor);
		Task task = detail.task();
		String lead = detail.assignments()
			.stream()
			.filter((a) -> a.getRole() == AssignmentRole.LEAD)
			.map(Assignment::getUnitCode)
			.findFirst()
			.orElse(null);
		return new ItemFacts(ItemKind.TASK, task.getId(), task.getTitle(), task.getStatus().name(),
				(lead != null) ? "牵头单位 " + lead : null, task.getDeadline(), true);
	}

	private ItemFacts finding(ItemReference item, Actor actor) {
		Finding finding = this.findings.find(item.id(), actor);
		return new ItemFacts(ItemKind.FINDING, finding.id(), "督查方案 " + finding.planId(), null, finding.content(),
				day(finding.recordedAt()), true);
	}

	private ItemFacts report(ItemReference item, Actor actor) {
		ProgressReport report = this.reports.find(item.id(), actor);
		String task = this.tasks.findTask(report.getTaskId()).map(Task::getTitle).orElse(report.getTaskId());
		return new ItemFacts(ItemKind.REPORT, report.getId(), task + "（" + report.getUnitCode() + "）",
				report.getPercentComplete() + "%", report.content().progress(), day(report.getReportedAt()), true);
	}

	private static LocalDate day(Instant instant) {
		return (instant != null) ? instant.atZone(ZONE).toLocalDate() : null;
	}

}
