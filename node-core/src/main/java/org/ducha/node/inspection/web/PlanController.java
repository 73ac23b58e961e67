package org.ducha.node.inspection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.api.PageResponse;
import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.InspectionPlan;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDetail;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.PlanReading;
import org.ducha.node.inspection.PlanStatus;
import org.ducha.node.inspection.Planning;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection plans (督查方案): the list, one plan, a draft (answered with the warning of
 * duplicate supervision) and its edit, and the steps — submit (with a reason when
 * warned), approve, send back, carry out, close, withdraw.
 */
@RestController
@Validated
class PlanController {

	private static final Set<PlanStatus> ALL = EnumSet.allOf(PlanStatus.class);

	private final PlanReading reading;

	private final Planning planning;

	PlanController(PlanReading reading, Planning planning) {
		this.reading = reading;
		this.planning = planning;
	}

	@GetMapping("/api/v1/inspections/plans")
	PageResponse<PlanResponse> list(@RequestParam(required = false) List<PlanStatus> status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		Set<PlanStatus> statuses = (status == null || status.isEmpty()) ? ALL : EnumSet.copyOf(status);
		PageResponse<InspectionPlan> found = this.reading.list(statuses, page, size, actor);
		return PageResponse.of(found.items(), found.page(), found.size(), found.total(), PlanResponse::of);
	}

	@GetMapping("/api/v1/inspections/plans/{id}")
	PlanResponse get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.reading.plan(id, actor));
	}

	@PostMapping("/api/v1/inspections/plans")
	ResponseEntity<PlanResponse> draft(@Valid @RequestBody PlanBody body, @AuthenticationPrincipal Actor actor) {
		PlanDetail drafted = this.planning.draft(body.draft(), actor);
		return ResponseEntity.created(URI.create("/api/v1/inspections/plans/" + drafted.plan().id()))
			.body(PlanResponse.of(drafted));
	}

	@PutMapping("/api/v1/inspections/plans/{id}")
	PlanResponse revise(@PathVariable UUID id, @Valid @RequestBody PlanBody body,
			@AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.revise(id, body.draft(), actor));
	}

	@PostMapping("/api/v1/inspections/plans/{id}/submit")
	PlanResponse submit(@PathVariable UUID id, @Valid @RequestBody(required = false) SubmitBody body,
			@AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.submit(id, (body != null) ? body.duplicateReason() : null, actor));
	}

	@PostMapping("/api/v1/inspections/plans/{id}/approve")
	PlanResponse approve(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.approve(id, actor));
	}

	@PostMapping("/api/v1/inspections/plans/{id}/send-back")
	PlanResponse sendBack(@PathVariable UUID id, @Valid @RequestBody ReasonBody body,
			@AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.sendBack(id, body.reason(), actor));
	}

	@PostMapping("/api/v1/inspections/plans/{id}/carry-out")
	PlanResponse carryOut(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.carryOut(id, actor));
	}

	@PostMapping("/api/v1/inspections/plans/{id}/close")
	PlanResponse close(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.close(id, actor));
	}

	@PostMapping("/api/v1/inspections/plans/{id}/withdraw")
	PlanResponse withdraw(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return PlanResponse.of(this.planning.withdraw(id, actor));
	}

	/**
	 * A plan as a supervisor writes it.
	 *
	 * @param title title
	 * @param kind COMPREHENSIVE, SPECIAL or ROUTINE
	 * @param methods REPORTS, DOCUMENT_REVIEW, SITE_VISITS, FORUMS, UNANNOUNCED_VISITS
	 * (the last makes it unannounced)
	 * @param startsOn first day
	 * @param endsOn last day
	 * @param objects unit codes of this node's subtree
	 * @param team usernames of the inspection team
	 * @param basisKind TASK, LEADER_INSTRUCTION or ANNUAL_PRIORITY
	 * @param basisReference the task's id or the instruction's number
	 * @param basisText the basis in words
	 * @param duplicateReason why it goes on although warned of duplicate supervision
	 */
	record PlanBody(@NotBlank @Size(max = 300) String title, @NotNull PlanKind kind,
			@NotEmpty Set<InspectionMethod> methods, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
			@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> objects,
			@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 128) String> team, @NotNull BasisKind basisKind,
			@Size(max = 200) String basisReference, @Size(max = 5000) String basisText,
			@Size(max = 5000) String duplicateReason) {

		PlanDraft draft() {
			return new PlanDraft(this.title, this.kind, this.methods, this.startsOn, this.endsOn, this.objects,
					this.team, new PlanBasis(this.basisKind, this.basisReference, this.basisText),
					this.duplicateReason);
		}

	}

	/**
	 * A submission.
	 *
	 * @param duplicateReason why it goes on although warned of duplicate supervision
	 */
	record SubmitBody(@Size(max = 5000) String duplicateReason) {
	}

	/**
	 * A reason.
	 *
	 * @param reason why
	 */
	record ReasonBody(@NotBlank @Size(max = 5000) String reason) {
	}

}
