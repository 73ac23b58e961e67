package org.ducha.node.priority.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.NodeIdentity;
import org.ducha.node.priority.AnnualPriorities;
import org.ducha.node.priority.Prioritizing;
import org.ducha.node.priority.PriorityItem;
import org.ducha.node.priority.PriorityLinking;
import org.ducha.node.priority.TargetKind;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Annual supervision priorities (年度督查工作重点): the list (this node's and those of the nodes
 * above), one set with its links, draft, edit, submit, approve, send back, and link or
 * unlink a task or plan of this node to an item.
 */
@RestController
@Validated
class PriorityController {

	private static final String BASE = "/api/v1/priorities";

	private final Prioritizing prioritizing;

	private final PriorityLinking linking;

	private final NodeIdentity self;

	PriorityController(Prioritizing prioritizing, PriorityLinking linking, NodeIdentity self) {
		this.prioritizing = prioritizing;
		this.linking = linking;
		this.self = self;
	}

	@GetMapping(BASE)
	List<PriorityResponse> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
			@AuthenticationPrincipal Actor actor) {
		return this.linking.list(year, actor).stream().map(this::response).toList();
	}

	@GetMapping(BASE + "/{id}")
	PriorityResponse get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return PriorityResponse.of(this.linking.get(id, actor), this.self.code());
	}

	@PostMapping(BASE)
	ResponseEntity<PriorityResponse> draft(@Valid @RequestBody DraftBody body, @AuthenticationPrincipal Actor actor) {
		AnnualPriorities drafted = this.prioritizing.draft(body.year(), ItemBody.items(body.items()), actor);
		return ResponseEntity.created(URI.create(BASE + "/" + drafted.id())).body(response(drafted));
	}

	@PutMapping(BASE + "/{id}")
	PriorityResponse revise(@PathVariable UUID id, @Valid @RequestBody ItemsBody body,
			@AuthenticationPrincipal Actor actor) {
		return response(this.prioritizing.revise(id, ItemBody.items(body.items()), actor));
	}

	@PostMapping(BASE + "/{id}/submit")
	PriorityResponse submit(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return response(this.prioritizing.submit(id, actor));
	}

	@PostMapping(BASE + "/{id}/approve")
	PriorityResponse approve(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return response(this.prioritizing.approve(id, actor));
	}

	@PostMapping(BASE + "/{id}/send-back")
	PriorityResponse sendBack(@PathVariable UUID id, @Valid @RequestBody ReasonBody body,
			@AuthenticationPrincipal Actor actor) {
		return response(this.prioritizing.sendBack(id, body.reason(), actor));
	}

	@PostMapping(BASE + "/items/{itemId}/links")
	PriorityResponse link(@PathVariable UUID itemId, @Valid @RequestBody LinkBody body,
			@AuthenticationPrincipal Actor actor) {
		return PriorityResponse.of(this.linking.link(itemId, body.kind(), body.targetId(), actor), this.self.code());
	}

	@DeleteMapping(BASE + "/items/{itemId}/links/{kind}/{targetId}")
	PriorityResponse unlink(@PathVariable UUID itemId, @PathVariable TargetKind kind, @PathVariable String targetId,
			@AuthenticationPrincipal Actor actor) {
		return PriorityResponse.of(this.linking.unlink(itemId, kind, targetId, actor), this.self.code());
	}

	private PriorityResponse response(AnnualPriorities priorities) {
		return PriorityResponse.of(priorities, this.self.code());
	}

	/**
	 * A node's priorities for a year, as a supervisor drafts them.
	 *
	 * @param year the year
	 * @param items the priorities, in order
	 */
	record DraftBody(@NotNull @Min(2000) @Max(2100) Integer year,
			@NotEmpty @Size(max = 50) List<@Valid @NotNull ItemBody> items) {
	}

	/**
	 * The draft's priorities, written anew.
	 *
	 * @param items the priorities, in order
	 */
	record ItemsBody(@NotEmpty @Size(max = 50) List<@Valid @NotNull ItemBody> items) {
	}

	/**
	 * One priority.
	 *
	 * @param title title
	 * @param description what it is about
	 */
	record ItemBody(@NotBlank @Size(max = 300) String title, @Size(max = 5000) String description) {

		static List<PriorityItem> items(List<ItemBody> items) {
			return items.stream().map((i) -> new PriorityItem(null, i.title(), i.description())).toList();
		}

	}

	/**
	 * A task or plan of this node to link.
	 *
	 * @param kind TASK or PLAN
	 * @param targetId its id
	 */
	record LinkBody(@NotNull TargetKind kind, @NotBlank @Size(max = 64) String targetId) {
	}

	/**
	 * A reason.
	 *
	 * @param reason why
	 */
	record ReasonBody(@NotBlank @Size(max = 5000) String reason) {
	}

}
