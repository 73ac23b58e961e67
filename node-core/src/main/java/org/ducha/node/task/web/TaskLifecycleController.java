package org.ducha.node.task.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.security.Actor;
import org.ducha.node.task.TaskControl;
import org.ducha.node.task.TaskIssuing;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.task.TaskRevisionPage;
import org.ducha.node.task.Tasks;
import org.ducha.node.timeline.TimelinePage;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's lifecycle at its issuer (docs/business-rules.md §5): submit a draft, approve
 * or reject it, then revise, ask to withdraw or suspend the issued task (and a leader's
 * decision on the request), resume it; its revision history and timeline.
 */
@RestController
class TaskLifecycleController {

	private final TaskRegistration registration;

	private final TaskIssuing issuing;

	private final TaskControl control;

	private final Tasks tasks;

	TaskLifecycleController(TaskRegistration registration, TaskIssuing issuing, TaskControl control, Tasks tasks) {
		this.registration = registration;
		this.issuing = issuing;
		this.control = control;
		this.tasks = tasks;
	}

	@PostMapping("/api/v1/tasks/{id}/submit")
	TaskResponse submit(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		this.registration.submit(id, actor);
		return read(id, actor);
	}

	@PostMapping("/api/v1/tasks/{id}/approve")
	TaskResponse approve(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		this.issuing.approve(id, actor);
		return read(id, actor);
	}

	@PostMapping("/api/v1/tasks/{id}/reject")
	TaskResponse reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.issuing.reject(id, request.reason(), actor);
		return read(id, actor);
	}

	@PostMapping("/api/v1/tasks/{id}/revise")
	TaskResponse revise(@PathVariable String id, @Valid @RequestBody ReviseTaskRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.control.revise(id, request.toCommand(), actor);
		return read(id, actor);
	}

	@PostMapping("/api/v1/tasks/{id}/withdraw")
	TaskResponse withdraw(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.control.withdraw(id, request.reason(), actor);
		return read(id, actor);
	}

	@PostMapping("/api/v1/tasks/{id}/suspend")
	TaskResponse suspend(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.control.suspend(id, request.reason(), actor);
		return read(id, actor);
	}

	@PostMapping("/api/v1/tasks/{id}/resume")
	TaskResponse resume(@PathVariable String id, @Valid @RequestBody(required = false) ResumeRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.control.resume(id, (request != null) ? request.reason() : null, actor);
		return read(id, actor);
	}

	/**
	 * A leader approves the suspension or withdrawal awaiting a decision; the task is
	 * suspended or withdrawn with the request's reason.
	 */
	@PostMapping("/api/v1/tasks/{id}/control-request/approve")
	TaskResponse approveControl(@PathVariable String id, @Valid @RequestBody(required = false) ResumeRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.control.decide(id, true, (request != null) ? request.reason() : null, actor);
		return read(id, actor);
	}

	/**
	 * A leader refuses the suspension or withdrawal awaiting a decision, with a reason.
	 */
	@PostMapping("/api/v1/tasks/{id}/control-request/refuse")
	TaskResponse refuseControl(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.control.decide(id, false, request.reason(), actor);
		return read(id, actor);
	}

	/** Every request to suspend or withdraw the task, with its decision, oldest first. */
	@GetMapping("/api/v1/tasks/{id}/control-requests")
	List<ControlRequestResponse> controlRequests(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.control.requests(id, actor).stream().map(ControlRequestResponse::of).toList();
	}

	@GetMapping("/api/v1/tasks/{id}/revisions")
	PageResponse<RevisionResponse> revisions(@PathVariable String id,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		TaskRevisionPage result = this.tasks.revisions(id, actor, page, size);
		return PageResponse.of(result.items(), result.page(), result.size(), result.total(), RevisionResponse::of);
	}

	@GetMapping("/api/v1/tasks/{id}/timeline")
	PageResponse<TimelineEntryResponse> timeline(@PathVariable String id,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, @AuthenticationPrincipal Actor actor) {
		TimelinePage result = this.tasks.timeline(id, actor, page, size);
		return PageResponse.of(result.items(), result.page(), result.size(), result.total(), TimelineEntryResponse::of);
	}

	private TaskResponse read(String id, Actor actor) {
		return TaskResponse.of(this.tasks.detail(id, actor));
	}

}
