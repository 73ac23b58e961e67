package org.ducha.node.decomposition.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.ducha.node.decomposition.Decompositions;
import org.ducha.node.decomposition.RollUp;
import org.ducha.node.decomposition.RollUpPart;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.task.web.TaskDraftRequest;
import org.ducha.node.task.web.TaskResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decomposition (分解): hand an assignment on as a sub-task (a draft, approved like any
 * task), and see how the sub-tasks stand.
 */
@RestController
class SubTaskController {

	private final Decompositions decompositions;

	private final Tasks tasks;

	SubTaskController(Decompositions decompositions, Tasks tasks) {
		this.decompositions = decompositions;
		this.tasks = tasks;
	}

	@PostMapping("/api/v1/assignments/{id}/sub-tasks")
	ResponseEntity<TaskResponse> decompose(@PathVariable String id, @Valid @RequestBody TaskDraftRequest request,
			@AuthenticationPrincipal Actor actor) {
		Task draft = this.decompositions.decompose(id, request.toCommand(), actor);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + draft.getId()))
			.body(TaskResponse.of(this.tasks.detail(draft.getId(), actor)));
	}

	@GetMapping("/api/v1/assignments/{id}/roll-up")
	RollUpResponse rollUp(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return RollUpResponse.of(this.decompositions.rollUp(id, actor));
	}

	/**
	 * How the sub-tasks of a decomposed assignment stand.
	 *
	 * @param assignmentId the decomposed assignment
	 * @param revision the decomposing node's revision; 0 when it was not decomposed
	 * @param computedAt when the decomposing node computed it
	 * @param subTasks the number of sub-tasks
	 * @param signed sub-task assignments signed for
	 * @param completed sub-task assignments closed (销号)
	 * @param percentComplete their mean progress, a completed one counting as 100
	 * @param light the worst light of the open ones
	 * @param parts the sub-tasks' assignments
	 */
	record RollUpResponse(String assignmentId, long revision, Instant computedAt, long subTasks, long signed,
			long completed, int percentComplete, String light, List<Part> parts) {

		static RollUpResponse of(RollUp rollUp) {
			return new RollUpResponse(rollUp.assignmentId(), rollUp.revision(), rollUp.computedAt(), rollUp.subTasks(),
					rollUp.signed(), rollUp.completed(), rollUp.percentComplete(), rollUp.light(),
					rollUp.parts().stream().map(Part::of).toList());
		}

	}

	/**
	 * One sub-task assignment.
	 *
	 * @param subTaskId the sub-task
	 * @param subTaskNumber its number
	 * @param subTaskTitle its title
	 * @param assignmentId the assignment
	 * @param unitCode its unit
	 * @param role LEAD or CO
	 * @param status its status
	 * @param percentComplete its latest progress
	 * @param light its light
	 * @param lastReportedAt its latest report
	 * @param dueDate the deadline in force
	 */
	record Part(String subTaskId, String subTaskNumber, String subTaskTitle, String assignmentId, String unitCode,
			String role, String status, int percentComplete, String light, Instant lastReportedAt, LocalDate dueDate) {

		static Part of(RollUpPart part) {
			return new Part(part.subTaskId(), part.subTaskNumber(), part.subTaskTitle(), part.assignmentId(),
					part.unitCode(), part.role(), part.status(), part.percentComplete(), part.light(),
					part.lastReportedAt(), part.dueDate());
		}

	}

}
