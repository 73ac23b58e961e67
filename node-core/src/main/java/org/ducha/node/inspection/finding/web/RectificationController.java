package org.ducha.node.inspection.finding.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.attachment.ChosenAttachment;
import org.ducha.node.inspection.finding.RectificationWork;
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
 * Rectification requirements: those the caller sees, one of them, the unit's report, the
 * issuer's on-site verification, return visits and closing.
 */
@RestController
@Validated
class RectificationController {

	private final Rectifications rectifications;

	private final RectificationWork work;

	RectificationController(Rectifications rectifications, RectificationWork work) {
		this.rectifications = rectifications;
		this.work = work;
	}

	@GetMapping("/api/v1/rectifications")
	List<RectificationResponse> list(@AuthenticationPrincipal Actor actor) {
		return this.rectifications.visible(actor).stream().map(RectificationResponse::of).toList();
	}

	@GetMapping("/api/v1/rectifications/{id}")
	RectificationResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return RectificationResponse.of(this.rectifications.get(id, actor));
	}

	@PostMapping("/api/v1/rectifications/{id}/reports")
	ResponseEntity<RectificationResponse> report(@PathVariable String id, @Valid @RequestBody ReportBody body,
			@AuthenticationPrincipal Actor actor) {
		this.work.report(id, body.content(), body.attachments(), actor);
		return ResponseEntity.created(URI.create("/api/v1/rectifications/" + id))
			.body(RectificationResponse.of(this.rectifications.get(id, actor)));
	}

	@PostMapping("/api/v1/rectifications/{id}/verification")
	RectificationResponse verify(@PathVariable String id, @Valid @RequestBody VerificationBody body,
			@AuthenticationPrincipal Actor actor) {
		return RectificationResponse.of(this.work.verify(id, body.confirmed(), body.notes(), actor));
	}

	@PostMapping("/api/v1/rectifications/{id}/return-visits")
	RectificationResponse visit(@PathVariable String id, @Valid @RequestBody VisitBody body,
			@AuthenticationPrincipal Actor actor) {
		return RectificationResponse.of(this.work.visit(id, new RectificationWork.VisitRecord(body.visitedOn(),
				body.factsClear(), body.complete(), body.grassrootsSaid(), body.publicSaid()), actor));
	}

	@PostMapping("/api/v1/rectifications/{id}/close")
	RectificationResponse close(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return RectificationResponse.of(this.work.close(id, actor));
	}

	/**
	 * A unit's rectification report.
	 *
	 * @param content what was rectified, and how
	 * @param attachments its evidence, uploaded before
	 */
	record ReportBody(@NotBlank @Size(max = 20000) String content, @Size(max = 20) List<ChosenAttachment> attachments) {
	}

	/**
	 * An on-site verification.
	 *
	 * @param confirmed whether the reported facts were confirmed
	 * @param notes what it found
	 */
	record VerificationBody(@NotNull Boolean confirmed, @NotBlank @Size(max = 20000) String notes) {
	}

	/**
	 * A return visit.
	 *
	 * @param visitedOn its day
	 * @param factsClear whether the facts are clear
	 * @param complete whether the rectification is complete
	 * @param grassrootsSaid what the grassroots said
	 * @param publicSaid what the public said
	 */
	record VisitBody(@NotNull LocalDate visitedOn, @NotNull Boolean factsClear, @NotNull Boolean complete,
			@NotBlank @Size(max = 20000) String grassrootsSaid, @NotBlank @Size(max = 20000) String publicSaid) {
	}

}
