package org.ducha.node.accountability.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.accountability.Deciding;
import org.ducha.node.accountability.LadderRecords;
import org.ducha.node.accountability.LadderStep;
import org.ducha.node.accountability.ManualProposal;
import org.ducha.node.accountability.ManualProposing;
import org.ducha.node.accountability.Proposal;
import org.ducha.node.accountability.ProposalStatus;
import org.ducha.node.accountability.StepKind;
import org.ducha.node.api.PageResponse;
import org.ducha.node.people.ChargeRole;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ladder's proposals at this node: the list waiting for a decision (or any status),
 * one proposal, a supervisor's proposal by hand, and the decisions — confirm, decline,
 * approve (which issues the step).
 */
@RestController
@Validated
class ProposalController {

	private static final Set<ProposalStatus> WAITING = EnumSet.of(ProposalStatus.PROPOSED, ProposalStatus.CONFIRMED);

	private final LadderRecords records;

	private final ManualProposing manual;

	private final Deciding deciding;

	ProposalController(LadderRecords records, ManualProposing manual, Deciding deciding) {
		this.records = records;
		this.manual = manual;
		this.deciding = deciding;
	}

	/** Proposals with the given statuses (by default those waiting for a decision). */
	@GetMapping("/api/v1/ladder/proposals")
	PageResponse<ProposalResponse> list(@RequestParam(required = false) List<ProposalStatus> status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		Set<ProposalStatus> statuses = (status == null || status.isEmpty()) ? WAITING : EnumSet.copyOf(status);
		PageResponse<Proposal> found = this.records.proposals(statuses, page, size, actor);
		return PageResponse.of(found.items(), found.page(), found.size(), found.total(), ProposalResponse::of);
	}

	@GetMapping("/api/v1/ladder/proposals/{id}")
	ProposalResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return ProposalResponse.of(this.records.proposal(id, actor));
	}

	@PostMapping("/api/v1/ladder/proposals")
	ResponseEntity<ProposalResponse> propose(@Valid @RequestBody ProposalBody body,
			@AuthenticationPrincipal Actor actor) {
		Proposal proposal = this.manual.propose(new ManualProposal(body.kind(), body.unitCode(), body.assignmentId(),
				body.personId(), body.role(), body.reason(), body.rectificationDeadline()), actor);
		return ResponseEntity.created(URI.create("/api/v1/ladder/proposals/" + proposal.id()))
			.body(ProposalResponse.of(proposal));
	}

	@PostMapping("/api/v1/ladder/proposals/{id}/confirm")
	ProposalResponse confirm(@PathVariable String id, @Valid @RequestBody ConfirmBody body,
			@AuthenticationPrincipal Actor actor) {
		return ProposalResponse.of(this.deciding.confirm(id, body.reason(), body.rectificationDeadline(), actor));
	}

	@PostMapping("/api/v1/ladder/proposals/{id}/decline")
	ProposalResponse decline(@PathVariable String id, @Valid @RequestBody ReasonBody body,
			@AuthenticationPrincipal Actor actor) {
		return ProposalResponse.of(this.deciding.decline(id, body.reason(), actor));
	}

	@PostMapping("/api/v1/ladder/proposals/{id}/approve")
	ResponseEntity<StepResponse> approve(@PathVariable String id, @RequestBody(required = false) ApproveBody body,
			@AuthenticationPrincipal Actor actor) {
		LadderStep step = this.deciding.approve(id, (body != null) ? body.rectificationDeadline() : null, actor);
		return ResponseEntity.created(URI.create("/api/v1/ladder/steps/" + step.id())).body(StepResponse.of(step));
	}

	/**
	 * A step proposed by hand.
	 *
	 * @param kind the rung
	 * @param unitCode the unit, of this node's subtree
	 * @param assignmentId an assignment of this node's task to the unit, if the step
	 * rests on one
	 * @param personId the person concerned, of the unit (required for a criticism)
	 * @param role the post addressed, by default the rung's
	 * @param reason why (a referral: the serious consequences or bad influence)
	 * @param rectificationDeadline notices: the deadline, not in the past
	 */
	record ProposalBody(@NotNull StepKind kind, @NotBlank @Size(max = 64) String unitCode,
			@Size(max = 36) String assignmentId, @Size(max = 36) String personId, ChargeRole role,
			@NotBlank @Size(max = 5000) String reason, LocalDate rectificationDeadline) {
	}

	/**
	 * A supervisor's confirmation.
	 *
	 * @param reason why the step is warranted
	 * @param rectificationDeadline notices: a deadline other than the one proposed
	 */
	record ConfirmBody(@NotBlank @Size(max = 5000) String reason, LocalDate rectificationDeadline) {
	}

	/**
	 * A reason.
	 *
	 * @param reason why
	 */
	record ReasonBody(@NotBlank @Size(max = 5000) String reason) {
	}

	/**
	 * A leader's approval.
	 *
	 * @param rectificationDeadline notices: a deadline other than the one confirmed
	 */
	record ApproveBody(LocalDate rectificationDeadline) {
	}

}
