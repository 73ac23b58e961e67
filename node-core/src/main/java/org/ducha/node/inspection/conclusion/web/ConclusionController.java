package org.ducha.node.inspection.conclusion.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.inspection.conclusion.Conclusion;
import org.ducha.node.inspection.conclusion.ConclusionReceipt;
import org.ducha.node.inspection.conclusion.ConclusionRecords;
import org.ducha.node.inspection.conclusion.Concluding;
import org.ducha.node.inspection.conclusion.ObjectionReviewing;
import org.ducha.node.inspection.conclusion.ReviewOutcome;
import org.ducha.node.security.Actor;
import org.ducha.node.security.ActorAuthentication;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conclusions and objections: drafting, approval and issue at the planning node, the
 * unit's signing and objection at its node, the review by a non-author.
 */
@RestController
@Validated
class ConclusionController {

	private final ConclusionRecords records;

	private final Concluding concluding;

	private final ConclusionReceipt receipt;

	private final ObjectionReviewing reviewing;

	ConclusionController(ConclusionRecords records, Concluding concluding, ConclusionReceipt receipt,
			ObjectionReviewing reviewing) {
		this.records = records;
		this.concluding = concluding;
		this.receipt = receipt;
		this.reviewing = reviewing;
	}

	@GetMapping("/api/v1/inspections/plans/{planId}/conclusions")
	List<ConclusionResponse> ofPlan(@PathVariable String planId, @AuthenticationPrincipal Actor actor) {
		return this.records.ofPlan(planId, actor).stream().map(ConclusionResponse::of).toList();
	}

	@PostMapping("/api/v1/inspections/plans/{planId}/conclusions")
	ResponseEntity<ConclusionResponse> draft(@PathVariable String planId, @Valid @RequestBody DraftBody body,
			@AuthenticationPrincipal Actor actor) {
		Conclusion drafted = this.concluding.draft(planId, body.unitCode(), body.text(), actor);
		return ResponseEntity.created(URI.create("/api/v1/conclusions/" + drafted.id()))
			.body(ConclusionResponse.of(this.records.get(drafted.id(), actor)));
	}

	@GetMapping("/api/v1/conclusions")
	List<ConclusionResponse> list(@AuthenticationPrincipal Actor actor) {
		return this.records.visible(actor).stream().map(ConclusionResponse::of).toList();
	}

	@GetMapping("/api/v1/conclusions/{id}")
	ConclusionResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return ConclusionResponse.of(this.records.get(id, actor));
	}

	@PostMapping("/api/v1/conclusions/{id}/approve")
	ConclusionResponse approve(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		this.concluding.approve(id, actor);
		return get(id, actor);
	}

	@PostMapping("/api/v1/conclusions/{id}/issue")
	ConclusionResponse issue(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		this.concluding.issue(id, actor);
		return get(id, actor);
	}

	@PostMapping("/api/v1/conclusions/{id}/sign")
	ConclusionResponse sign(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		this.receipt.sign(id, actor);
		return get(id, actor);
	}

	@PostMapping("/api/v1/conclusions/{id}/objection")
	ConclusionResponse object(@PathVariable String id, @Valid @RequestBody ObjectionBody body,
			@AuthenticationPrincipal Actor actor) {
		this.receipt.object(id, body.reasons(), body.attachmentIds(), actor);
		return get(id, actor);
	}

	@PostMapping("/api/v1/conclusions/{id}/review")
	ConclusionResponse review(@PathVariable String id, @Valid @RequestBody ReviewBody body,
			@AuthenticationPrincipal Actor actor, Authentication authentication) {
		String username = (authentication instanceof ActorAuthentication token)
				? token.getToken().getClaimAsString("preferred_username") : null;
		this.reviewing.review(id, body.outcome(), body.changedText(), actor, username);
		return get(id, actor);
	}

	/**
	 * A conclusion's draft.
	 *
	 * @param unitCode one of the plan's inspected units
	 * @param text the conclusion
	 */
	record DraftBody(@NotBlank @Size(max = 64) String unitCode, @NotBlank @Size(max = 50000) String text) {
	}

	/**
	 * A unit's objection.
	 *
	 * @param reasons why the unit objects
	 * @param attachmentIds its attachments, optional
	 */
	record ObjectionBody(@NotBlank @Size(max = 20000) String reasons,
			@Size(max = 20) List<@NotBlank @Size(max = 64) String> attachmentIds) {
	}

	/**
	 * The review's outcome.
	 *
	 * @param outcome UPHELD or CHANGED
	 * @param changedText the conclusion as changed, for CHANGED
	 */
	record ReviewBody(@NotNull ReviewOutcome outcome, @Size(max = 50000) String changedText) {
	}

}
