package org.ducha.node.task.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.InstructionDeadlines;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskPage;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.Tasks;
import org.ducha.node.task.Urgency;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks and their assignments: register, edit and delete drafts, list, read, sign (naming
 * the responsible person); the working days a leader instruction's urgency allows.
 */
@RestController
class TaskController {

	private final TaskRegistration registration;

	private final Tasks tasks;

	private final Signing signing;

	private final InstructionDeadlines instructions;

	TaskController(TaskRegistration registration, Tasks tasks, Signing signing, InstructionDeadlines instructions) {
		this.registration = registration;
		this.tasks = tasks;
		this.signing = signing;
		this.instructions = instructions;
	}

	@PostMapping("/api/v1/tasks")
	ResponseEntity<TaskResponse> register(@Valid @RequestBody TaskDraftRequest request,
			@AuthenticationPrincipal Actor actor) {
		Task task = this.registration.register(request.toCommand(), actor);
		TaskResponse body = TaskResponse.of(this.tasks.detail(task.getId(), actor));
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.getId())).body(body);
	}

	@PutMapping("/api/v1/tasks/{id}")
	TaskResponse edit(@PathVariable String id, @Valid @RequestBody TaskDraftRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.registration.edit(id, request.toCommand(), actor);
		return TaskResponse.of(this.tasks.detail(id, actor));
	}

	@DeleteMapping("/api/v1/tasks/{id}")
	ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		this.registration.delete(id, actor);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/tasks")
	PageResponse<TaskSummary> list(@RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) TaskSource source, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String light, @RequestParam(required = false) String q,
			@RequestParam(required = false) LocalDate deadlineFrom,
			@RequestParam(required = false) LocalDate deadlineTo, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		TaskPage result = this.tasks.list(actor,
				TaskListParameters.filter(status, source, unitCode, light, q, deadlineFrom, deadlineTo), page, size);
		return PageResponse.of(result.items(), result.page(), result.size(), result.total(), TaskSummary::of);
	}

	@GetMapping("/api/v1/tasks/{id}")
	TaskResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return TaskResponse.of(this.tasks.detail(id, actor));
	}

	/**
	 * The default deadline of a leader instruction by urgency, in working days after the
	 * day of issue (the task form shows it).
	 */
	@GetMapping("/api/v1/tasks/urgencies")
	List<UrgencyResponse> urgencies() {
		return Arrays.stream(Urgency.values())
			.map((urgency) -> new UrgencyResponse(urgency.name(), this.instructions.days().of(urgency)))
			.toList();
	}

	@PostMapping("/api/v1/assignments/{id}/sign")
	AssignmentResponse sign(@PathVariable String id, @Valid @RequestBody(required = false) SignRequest request,
			@AuthenticationPrincipal Actor actor) {
		Assignment signed = this.signing.sign(id,
				(request != null && request.responsible() != null) ? request.responsible().toPerson() : null, actor);
		return AssignmentResponse.of(this.tasks.describe(signed));
	}

	/**
	 * Body of a signing; optional.
	 *
	 * @param responsible the responsible person the unit names (a person of its own)
	 */
	record SignRequest(@Valid SourceRecordRequests.PersonRequest responsible) {
	}

	/**
	 * An urgency and the working days it allows.
	 *
	 * @param urgency URGENT, NORMAL or DIFFICULT
	 * @param workingDays working days after the day of issue
	 */
	record UrgencyResponse(String urgency, int workingDays) {
	}

}
