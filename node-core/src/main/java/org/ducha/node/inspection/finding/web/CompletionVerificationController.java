package org.ducha.node.inspection.finding.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.inspection.finding.CompletionVerification;
import org.ducha.node.inspection.finding.CompletionVerifying;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-site verification (核查) of an assignment's completion request before 销号.
 */
@RestController
@Validated
class CompletionVerificationController {

	private final CompletionVerifying verifying;

	CompletionVerificationController(CompletionVerifying verifying) {
		this.verifying = verifying;
	}

	@GetMapping("/api/v1/assignments/{id}/verification")
	CompletionVerification get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.verifying.of(id, actor)
			.orElseThrow(() -> new NotFoundException("No verification was asked for assignment " + id));
	}

	@PostMapping("/api/v1/assignments/{id}/verification-request")
	@ResponseStatus(HttpStatus.CREATED)
	CompletionVerification ask(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.verifying.ask(id, actor);
	}

	@PostMapping("/api/v1/assignments/{id}/verification")
	CompletionVerification record(@PathVariable String id, @Valid @RequestBody VerificationBody body,
			@AuthenticationPrincipal Actor actor) {
		return this.verifying.record(id, body.confirmed(), body.notes(), actor);
	}

	/**
	 * What the verification found.
	 *
	 * @param confirmed whether the facts of the completion request were confirmed
	 * @param notes what it found
	 */
	record VerificationBody(@NotNull Boolean confirmed, @NotBlank @Size(max = 20000) String notes) {
	}

}
