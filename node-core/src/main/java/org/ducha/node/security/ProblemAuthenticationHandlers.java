package org.ducha.node.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.node.api.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a missing or bad token (401) and a missing role (403) with a problem document,
 * like every other error of the API, and leaves why for the security events.
 */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemAuthenticationHandlers(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		request.setAttribute(SecurityEvents.REASON, ex.getMessage());
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"A valid bearer token is required: " + ex.getMessage(), request.getLocale()));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		AuthorizationResult result = (ex instanceof AuthorizationDeniedException denied)
				? denied.getAuthorizationResult() : null;
		String detail = "Your roles do not allow this request";
		if (result instanceof NodeAdministrators.Decision decision) {
			detail = decision.reason();
		}
		else if (result instanceof InvitedObservers.Refusal refusal) {
			detail = refusal.reason();
		}
		request.setAttribute(SecurityEvents.REASON, detail);
		write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", detail, request.getLocale()));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
