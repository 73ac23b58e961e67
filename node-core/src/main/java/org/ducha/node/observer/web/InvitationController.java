package org.ducha.node.observer.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.ducha.node.observer.Invitation;
import org.ducha.node.observer.Invitations;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations of observers: a supervisor invites and withdraws, the supervisors and
 * leaders list them; an observer lists what they are invited to (its objects are read
 * through their own routes, e.g. {@code GET /api/v1/tasks/{id}}).
 */
@RestController
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/observers/invitations")
	ResponseEntity<InvitationResponse> invite(@Valid @RequestBody InvitationRequest request,
			@AuthenticationPrincipal Actor actor) {
		Invitation invitation = this.invitations.invite(request.toCommand(), actor);
		return ResponseEntity.created(URI.create("/api/v1/observers/invitations/" + invitation.id()))
			.body(InvitationResponse.of(invitation, this.invitations.today()));
	}

	@GetMapping("/api/v1/observers/invitations")
	List<InvitationResponse> list(@AuthenticationPrincipal Actor actor) {
		return respond(this.invitations.all(actor));
	}

	@PostMapping("/api/v1/observers/invitations/{id}/withdraw")
	InvitationResponse withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request,
			@AuthenticationPrincipal Actor actor) {
		return InvitationResponse.of(this.invitations.withdraw(id, request.reason(), actor), this.invitations.today());
	}

	@GetMapping("/api/v1/observer/invitations")
	List<InvitationResponse> mine(@AuthenticationPrincipal Actor actor) {
		return respond(this.invitations.mine(actor));
	}

	private List<InvitationResponse> respond(List<Invitation> items) {
		LocalDate today = this.invitations.today();
		return items.stream().map((invitation) -> InvitationResponse.of(invitation, today)).toList();
	}

}
