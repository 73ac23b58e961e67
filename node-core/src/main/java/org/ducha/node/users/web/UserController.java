package org.ducha.node.users.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.ducha.node.security.Actor;
import org.ducha.node.users.ManagedUser;
import org.ducha.node.users.NewAdministrator;
import org.ducha.node.users.NewUser;
import org.ducha.node.users.UserAdministration;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delegated administration of the users of this node and the nodes below it, and
 * appointment of the administrators of the nodes right below it (secadmin).
 */
@RestController
class UserController {

	private final UserAdministration administration;

	UserController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/api/v1/admin/users")
	List<ManagedUser> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, @AuthenticationPrincipal Actor actor) {
		return this.administration.list(actor, page, size);
	}

	@GetMapping("/api/v1/admin/users/{id}")
	ManagedUser get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.administration.get(id, actor);
	}

	@PostMapping("/api/v1/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	ManagedUser create(@Valid @RequestBody CreateUserRequest request, @AuthenticationPrincipal Actor actor) {
		return this.administration.create(new NewUser(request.username(), request.firstName(), request.lastName(),
				request.email(), request.groupCode(), request.roles(), request.temporaryPassword()), actor);
	}

	@PostMapping("/api/v1/admin/users/{id}/disable")
	ManagedUser disable(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.administration.setEnabled(id, false, actor);
	}

	@PostMapping("/api/v1/admin/users/{id}/enable")
	ManagedUser enable(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.administration.setEnabled(id, true, actor);
	}

	@PostMapping("/api/v1/admin/users/{id}/move")
	ManagedUser move(@PathVariable String id, @Valid @RequestBody MoveRequest request,
			@AuthenticationPrincipal Actor actor) {
		return this.administration.move(id, request.groupCode(), actor);
	}

	@PostMapping("/api/v1/admin/administrators")
	@ResponseStatus(HttpStatus.CREATED)
	ManagedUser appoint(@Valid @RequestBody AppointRequest request, @AuthenticationPrincipal Actor actor) {
		return this.administration.appoint(new NewAdministrator(request.username(), request.firstName(),
				request.lastName(), request.email(), request.nodeCode(), request.role()), actor);
	}

	/**
	 * A user to create.
	 *
	 * @param username login name
	 * @param firstName given name
	 * @param lastName family name
	 * @param email e-mail address
	 * @param groupCode the node or department (unit code) they belong to
	 * @param roles realm roles
	 * @param temporaryPassword a first password, changed at the first sign-in
	 */
	record CreateUserRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String firstName,
			@Size(max = 64) String lastName, @Email @Size(max = 200) String email,
			@NotBlank @Size(max = 64) String groupCode, @NotEmpty @Size(max = 8) List<String> roles,
			@NotBlank @Size(min = 12, max = 128) String temporaryPassword) {
	}

	/**
	 * An administrator to appoint for a node right below the caller's. No password: the
	 * person sets it through the link e-mailed to them.
	 *
	 * @param username login name
	 * @param firstName given name
	 * @param lastName family name
	 * @param email where the set-up link goes
	 * @param nodeCode the node whose administrator they become
	 * @param role sysadmin, secadmin or auditor
	 */
	record AppointRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String firstName,
			@Size(max = 64) String lastName, @NotBlank @Email @Size(max = 200) String email,
			@NotBlank @Size(max = 64) String nodeCode, @NotBlank @Size(max = 16) String role) {
	}

	/**
	 * Where to move a user.
	 *
	 * @param groupCode the node or department (unit code)
	 */
	record MoveRequest(@NotBlank @Size(max = 64) String groupCode) {
	}

}
