package org.ducha.node.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.ducha.node.problem.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is; and, in local development only, tokens minted from the local key.
 */
@RestController
class IdentityController {

	private final SecuritySettings settings;

	private final SecurityEvents events;

	private volatile LocalTokens tokens;

	IdentityController(SecuritySettings settings, SecurityEvents events) {
		this.settings = settings;
		this.events = events;
	}

	@GetMapping("/api/v1/me")
	Actor me(@AuthenticationPrincipal Actor actor) {
		return actor;
	}

	/** Development only ({@code ducha.security.local-jwt.mint-endpoint=true}). */
	@PostMapping("/api/v1/dev/tokens")
	TokenResponse mint(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		if (!this.settings.localJwt().enabled() || !this.settings.localJwt().mintEndpoint()) {
			throw new NotFoundException("No such resource: /api/v1/dev/tokens");
		}
		if (this.tokens == null) {
			this.tokens = new LocalTokens(LocalKeys.resolve(this.settings.localJwt()), this.settings.issuer(),
					this.settings.audience());
		}
		TokenResponse minted = new TokenResponse(this.tokens.mint(request.subject(), request.orgCode(),
				request.unitCode(), request.roles(), Duration.ofHours(8)));
		this.events.tokenMinted(http, request.subject(), request.orgCode(), request.unitCode(), request.roles());
		return minted;
	}

	/**
	 * Who a development token is for.
	 *
	 * @param subject user id
	 * @param orgCode the user's node
	 * @param unitCode the user's unit, if a department
	 * @param roles role claims
	 */
	record TokenRequest(@NotBlank String subject, @NotBlank String orgCode, String unitCode,
			@NotEmpty List<String> roles) {
	}

	/**
	 * A minted token.
	 *
	 * @param accessToken the bearer token
	 */
	record TokenResponse(String accessToken) {
	}

}
