package org.ducha.node.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sees every API request's answer from inside the security filter chain, before the token
 * is read: a 401 or 403 — whether the chain refused the request or a service did — and a
 * successful audited read become {@link SecurityEvents}. An allowed request that is not
 * an audited read leaves no record.
 */
final class SecurityEventFilter extends OncePerRequestFilter {

	/** The reads that are audited when they succeed, and their audit action. */
	private static final Map<RequestMatcher, String> AUDITED_READS = Map.of(
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/audit"), "AUDIT_READ",
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/audit/verify"), "AUDIT_VERIFIED",
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/attachments/{sha256}"),
			"ATTACHMENT_DOWNLOADED", PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/tasks/ledger.xlsx"),
			"LEDGER_EXPORTED");

	private final SecurityEvents events;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SecurityEventFilter(SecurityEvents events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
			this.events.refused(request, status, this.contexts.getContext().getAuthentication());
		}
		else if (status >= 200 && status < 300) {
			AUDITED_READS.forEach((matcher, action) -> {
				if (matcher.matches(request)) {
					this.events.accessed(action, request, this.contexts.getContext().getAuthentication());
				}
			});
		}
	}

}
