package org.ducha.node.task.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentWorkflow;
import org.ducha.node.task.ExtensionRequest;
import org.ducha.node.task.Extensions;
import org.ducha.node.task.Tasks;
import org.ducha.node.task.web.SourceRecordRequests.AttachmentRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assignment's way to its end: read it; return and reassign; ask for and decide
 * extensions and completion.
 */
@RestController
class AssignmentController {

	private final Tasks tasks;

	private final AssignmentWorkflow workflow;

	private final Extensions extensions;

	AssignmentController(Tasks tasks, AssignmentWorkflow workflow, Extensions extensions) {
		this.tasks = tasks;
		this.workflow = workflow;
		this.extensions = extensions;
	}

	@GetMapping("/api/v1/assignments/{id}")
	AssignmentResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return view(this.tasks.visibleAssignment(id, actor));
	}

	@PostMapping("/api/v1/assignments/{id}/return")
	AssignmentResponse returnToIssuer(@PathVariable String id, @Valid @RequestBody Reason body,
			@AuthenticationPrincipal Actor actor) {
		return view(this.workflow.returnToIssuer(id, body.reason(), actor));
	}

	@PostMapping("/api/v1/assignments/{id}/reassign")
	ResponseEntity<AssignmentResponse> reassign(@PathVariable String id, @Valid @RequestBody Reassignment body,
			@AuthenticationPrincipal Actor actor) {
		Assignment created = this.workflow.reassign(id, body.unitCode(), actor);
		// read again: its signing limit and light were computed after it was saved
		return ResponseEntity.created(URI.create("/api/v1/assignments/" + created.getId()))
			.body(view(this.tasks.visibleAssignment(created.getId(), actor)));
	}

	@PostMapping("/api/v1/assignments/{id}/completion")
	AssignmentResponse requestCompletion(@PathVariable String id, @Valid @RequestBody CompletionBody body,
			@AuthenticationPrincipal Actor actor) {
		return view(this.workflow.requestCompletion(id, body.evidence(),
				SourceRecordRequests.chosen(body.attachments()), actor));
	}

	@PostMapping("/api/v1/assignments/{id}/completion/approve")
	AssignmentResponse approveCompletion(@PathVariable String id, @Valid @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal Actor actor) {
		return view(this.workflow.decideCompletion(id, true, (body != null) ? body.reason() : null, actor));
	}

	@PostMapping("/api/v1/assignments/{id}/completion/refuse")
	AssignmentResponse refuseCompletion(@PathVariable String id, @Valid @RequestBody Reason body,
			@AuthenticationPrincipal Actor actor) {
		return view(this.workflow.decideCompletion(id, false, body.reason(), actor));
	}

	@GetMapping("/api/v1/assignments/{id}/extensions")
	List<ExtensionResponse> extensions(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.extensions.of(id, actor).stream().map(ExtensionResponse::of).toList();
	}

	@PostMapping("/api/v1/assignments/{id}/extensions")
	ResponseEntity<ExtensionResponse> requestExtension(@PathVariable String id, @Valid @RequestBody ExtensionBody body,
			@AuthenticationPrincipal Actor actor) {
		ExtensionRequest request = this.extensions.request(id, body.requestedDate(), body.reason(), actor);
		return ResponseEntity.created(URI.create("/api/v1/extensions/" + request.getId()))
			.body(ExtensionResponse.of(request));
	}

	@GetMapping("/api/v1/extensions/{id}")
	ExtensionResponse extension(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return ExtensionResponse.of(this.extensions.get(id, actor));
	}

	@PostMapping("/api/v1/extensions/{id}/approve")
	ExtensionResponse approveExtension(@PathVariable String id, @Valid @RequestBody Approval body,
			@AuthenticationPrincipal Actor actor) {
		return ExtensionResponse.of(this.extensions.decide(id, true, body.approvedDate(), body.reason(), actor));
	}

	@PostMapping("/api/v1/extensions/{id}/refuse")
	ExtensionResponse refuseExtension(@PathVariable String id, @Valid @RequestBody Reason body,
			@AuthenticationPrincipal Actor actor) {
		return ExtensionResponse.of(this.extensions.decide(id, false, null, body.reason(), actor));
	}

	private AssignmentResponse view(Assignment assignment) {
		return AssignmentResponse.of(this.tasks.describe(assignment));
	}

	/**
	 * Why (a return, a refusal, a remark on an approval).
	 *
	 * @param reason the reason, at most 2000 characters
	 */
	record Reason(@Size(max = 2000) String reason) {
	}

	/**
	 * Where a returned assignment's task goes instead.
	 *
	 * @param unitCode the new unit
	 */
	record Reassignment(@Size(max = 64) String unitCode) {
	}

	/**
	 * A completion request.
	 *
	 * @param evidence what was done and where it shows, at most 2000 characters
	 * @param attachments the documents that prove it, uploaded before
	 */
	record CompletionBody(@Size(max = 2000) String evidence,
			@Size(max = 20) List<@Valid AttachmentRequest> attachments) {
	}

	/**
	 * An extension request.
	 *
	 * @param requestedDate the deadline the unit needs
	 * @param reason why
	 */
	record ExtensionBody(@NotNull LocalDate requestedDate, @Size(max = 2000) String reason) {
	}

	/**
	 * An approval of an extension.
	 *
	 * @param approvedDate the new deadline (may differ from the one asked for)
	 * @param reason a remark
	 */
	record Approval(@NotNull LocalDate approvedDate, @Size(max = 2000) String reason) {
	}

}
