package org.ducha.node.accountability.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.accountability.LadderRecords;
import org.ducha.node.accountability.RectificationReport;
import org.ducha.node.accountability.Rectifying;
import org.ducha.node.accountability.StepRecord;
import org.ducha.node.api.PageResponse;
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
 * Issued ladder steps: the steps held here, one step, the unit's rectification report
 * against a notice and the issuer's decision on it, the executive meeting's explanation
 * after a criticism.
 */
@RestController
@Validated
class StepController {

	private final LadderRecords records;

	private final Rectifying rectifying;

	StepController(LadderRecords records, Rectifying rectifying) {
		this.records = records;
		this.rectifying = rectifying;
	}

	@GetMapping("/api/v1/ladder/steps")
	PageResponse<StepResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		PageResponse<StepRecord> found = this.records.steps(page, size, actor);
		return PageResponse.of(found.items(), found.page(), found.size(), found.total(), StepResponse::of);
	}

	@GetMapping("/api/v1/ladder/steps/{id}")
	StepResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return StepResponse.of(this.records.step(id, actor));
	}

	@PostMapping("/api/v1/ladder/steps/{id}/rectifications")
	ResponseEntity<RectificationReport> rectify(@PathVariable String id, @Valid @RequestBody RectificationBody body,
			@AuthenticationPrincipal Actor actor) {
		RectificationReport report = this.rectifying.report(id, body.content(), actor);
		return ResponseEntity.created(URI.create("/api/v1/ladder/steps/" + id)).body(report);
	}

	@PostMapping("/api/v1/ladder/steps/{id}/rectification/accept")
	StepResponse accept(@PathVariable String id, @RequestBody(required = false) RemarkBody body,
			@AuthenticationPrincipal Actor actor) {
		this.rectifying.accept(id, (body != null) ? body.remark() : null, actor);
		return StepResponse.of(this.records.step(id, actor));
	}

	@PostMapping("/api/v1/ladder/steps/{id}/rectification/return")
	StepResponse sendBack(@PathVariable String id, @Valid @RequestBody ReturnBody body,
			@AuthenticationPrincipal Actor actor) {
		this.rectifying.returnReport(id, body.reason(), actor);
		return StepResponse.of(this.records.step(id, actor));
	}

	@PostMapping("/api/v1/ladder/steps/{id}/explanation")
	StepResponse explain(@PathVariable String id, @Valid @RequestBody ExplanationBody body,
			@AuthenticationPrincipal Actor actor) {
		this.rectifying.explain(id, body.meetingDate(), body.explanation(), body.commitment(), actor);
		return StepResponse.of(this.records.step(id, actor));
	}

	/**
	 * A rectification report.
	 *
	 * @param content what was rectified, and how
	 */
	record RectificationBody(@NotBlank @Size(max = 20000) String content) {
	}

	/**
	 * A remark on accepting a rectification.
	 *
	 * @param remark optional
	 */
	record RemarkBody(@Size(max = 5000) String remark) {
	}

	/**
	 * Why a rectification is sent back.
	 *
	 * @param reason why
	 */
	record ReturnBody(@NotBlank @Size(max = 5000) String reason) {
	}

	/**
	 * The executive meeting's explanation after a criticism.
	 *
	 * @param meetingDate the meeting's day
	 * @param explanation the principal leader's explanation (说明)
	 * @param commitment the commitment to rectify (整改承诺)
	 */
	record ExplanationBody(@NotNull LocalDate meetingDate, @NotBlank @Size(max = 20000) String explanation,
			@NotBlank @Size(max = 20000) String commitment) {
	}

}
