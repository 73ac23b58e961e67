package org.ducha.node.inspection.finding.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.attachment.ChosenAttachment;
import org.ducha.node.inspection.finding.Finding;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.inspection.finding.Rectification;
import org.ducha.node.inspection.finding.RectificationRequiring;
import org.ducha.node.inspection.finding.Rectifications;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's findings and the rectification requirements made of them.
 */
@RestController
@Validated
class FindingController {

	private final FindingRecording recording;

	private final RectificationRequiring requiring;

	private final Rectifications rectifications;

	FindingController(FindingRecording recording, RectificationRequiring requiring, Rectifications rectifications) {
		this.recording = recording;
		this.requiring = requiring;
		this.rectifications = rectifications;
	}

	@PostMapping("/api/v1/inspections/plans/{planId}/findings")
	ResponseEntity<FindingResponse> record(@PathVariable String planId, @Valid @RequestBody FindingBody body,
			@AuthenticationPrincipal Actor actor) {
		Finding finding = this.recording.record(planId, body.content(), body.attachments(), actor);
		return ResponseEntity.created(URI.create("/api/v1/inspections/plans/" + planId + "/findings"))
			.body(FindingResponse.of(finding));
	}

	@GetMapping("/api/v1/inspections/plans/{planId}/findings")
	List<FindingResponse> findings(@PathVariable String planId, @AuthenticationPrincipal Actor actor) {
		return this.recording.ofPlan(planId, actor).stream().map(FindingResponse::of).toList();
	}

	@GetMapping("/api/v1/inspections/plans/{planId}/rectifications")
	List<RectificationResponse> rectifications(@PathVariable String planId, @AuthenticationPrincipal Actor actor) {
		return this.rectifications.ofPlan(planId, actor).stream().map(RectificationResponse::of).toList();
	}

	@PostMapping("/api/v1/inspections/findings/{findingId}/rectifications")
	ResponseEntity<RectificationResponse> require(@PathVariable String findingId,
			@Valid @RequestBody RequirementBody body, @AuthenticationPrincipal Actor actor) {
		Rectification rectification = this.requiring.require(findingId, body.unitCode(), body.requirement(),
				body.workingDays(), actor);
		return ResponseEntity.created(URI.create("/api/v1/rectifications/" + rectification.id()))
			.body(RectificationResponse.of(this.rectifications.get(rectification.id(), actor)));
	}

	/**
	 * A finding.
	 *
	 * @param content what the inspection found
	 * @param attachments its evidence, uploaded before
	 */
	record FindingBody(@NotBlank @Size(max = 20000) String content,
			@Size(max = 20) List<ChosenAttachment> attachments) {
	}

	/**
	 * A rectification requirement.
	 *
	 * @param unitCode the unit that rectifies
	 * @param requirement what it must rectify
	 * @param workingDays working days allowed, from today
	 */
	record RequirementBody(@NotBlank @Size(max = 64) String unitCode, @NotBlank @Size(max = 20000) String requirement,
			@Min(1) @Max(250) int workingDays) {
	}

}
