package org.ducha.gateway.session;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.gateway.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What a request that may not pass gets: the API (and {@code /whoami}) a problem document
 * — 401 when nobody is signed in, 403 for a missing or wrong CSRF token — and a page the
 * way to Keycloak's sign-in.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Where the browser starts signing in (Spring Security's authorization request). */
	static final String SIGN_IN = "/oauth2/authorization/" + SessionConfiguration.REGISTRATION;

	static final RequestMatcher API = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
			PathPatternRequestMatcher.pathPattern("/nodes/**"), PathPatternRequestMatcher.pathPattern("/whoami"));

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (!API.matches(request)) {
			response.sendRedirect(request.getContextPath() + SIGN_IN);
			return;
		}
		ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in first: " + SIGN_IN,
				request.getLocale());
		problem.setProperty("signIn", SIGN_IN);
		write(response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			write(response, Problems.of(HttpStatus.FORBIDDEN, "csrf",
					"A state-changing request needs the X-XSRF-TOKEN header with the value of the XSRF-TOKEN cookie",
					request.getLocale()));
			return;
		}
		write(response,
				Problems.of(HttpStatus.FORBIDDEN, "forbidden", "This request is not allowed", request.getLocale()));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
