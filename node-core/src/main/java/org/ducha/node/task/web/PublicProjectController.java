package org.ducha.node.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.ReportingRule;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskDetail;
import org.ducha.node.task.TaskDetailPage;
import org.ducha.node.task.Tasks;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public's view of the tasks published to it (民生实事公开), without sign-in: what is to be
 * done, by when, the responsibility list (which units, lead or co) and how far each has
 * come. Nothing of who wrote what.
 */
@RestController
@Validated
class PublicProjectController {

	private final Tasks tasks;

	private final Units units;

	PublicProjectController(Tasks tasks, Units units) {
		this.tasks = tasks;
		this.units = units;
	}

	@GetMapping("/api/v1/public/projects")
	PageResponse<PublicProject> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		TaskDetailPage found = this.tasks.published(page, size);
		return new PageResponse<>(found.items().stream().map(this::project).toList(), page, size, found.total());
	}

	private PublicProject project(TaskDetail detail) {
		Task task = detail.task();
		ReportingRule rule = task.content().schedule();
		return new PublicProject(task.getId(), task.getNumber(), task.getTitle(), task.content().content(),
				task.getSource().name(), task.getIssuingNode(), name(task.getIssuingUnit()), task.getDeadline(),
				task.getStatus().name(), (rule != null) ? rule.describe() : null,
				detail.assignments()
					.stream()
					.filter((a) -> !"RETURNED".equals(a.getStatus().name()))
					.map(this::unit)
					.toList());
	}

	private ResponsibleUnit unit(Assignment assignment) {
		return new ResponsibleUnit(assignment.getUnitCode(), name(assignment.getUnitCode()),
				assignment.getRole().name(), assignment.getStatus().name(), assignment.getPercentComplete(),
				assignment.getLastReportedAt());
	}

	private String name(String unitCode) {
		return this.units.find(unitCode).map(Unit::name).orElse(unitCode);
	}

	/**
	 * A published task.
	 *
	 * @param id id
	 * @param number its number
	 * @param title title
	 * @param content what is to be done
	 * @param source its source (e.g. LIVELIHOOD_PROJECT)
	 * @param issuingNode the issuing government
	 * @param issuingUnit the issuing unit's name
	 * @param deadline the deadline
	 * @param status its status
	 * @param schedule its reporting rule in words (the stages)
	 * @param units the responsibility list
	 */
	record PublicProject(String id, String number, String title, String content, String source, String issuingNode,
			String issuingUnit, LocalDate deadline, String status, String schedule, List<ResponsibleUnit> units) {
	}

	/**
	 * A responsible unit and how far it has come.
	 *
	 * @param unitCode the unit
	 * @param unitName its name
	 * @param role LEAD or CO
	 * @param status its assignment's status
	 * @param percentComplete its latest reported progress
	 * @param lastReportedAt when it last reported
	 */
	record ResponsibleUnit(String unitCode, String unitName, String role, String status, int percentComplete,
			Instant lastReportedAt) {
	}

}
