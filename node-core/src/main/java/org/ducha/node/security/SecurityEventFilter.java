package org.ducha.node.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sees every API request's answer from inside the security filter chain, before the token
 * is read: a 401 or 403 — whether the chain refused the request or a service did — and a
 * successful audited read become {@link SecurityEvents}, and so does every answer to an
 * invited observer. An allowed request that is not an audited read leaves no record.
 */
final class SecurityEventFilter extends OncePerRequestFilter {

	/** The reads that are audited when they succeed, and their audit action. */
	private static final Map<RequestMatcher, String> AUDITED_READS = Map.ofEntries(
			Map.entry(get("/api/v1/audit"), "AUDIT_READ"), Map.entry(get("/api/v1/audit/verify"), "AUDIT_VERIFIED"),
			Map.entry(get("/api/v1/attachments/{sha256}"), "ATTACHMENT_DOWNLOADED"),
			Map.entry(get("/api/v1/tasks/ledger.xlsx"), "LEDGER_EXPORTED"),
			// official documents (docs/business-rules.md §19, "Documents")
			Map.entry(get("/api/v1/assignments/{id}/notice"), "SUPERVISION_NOTICE_DOWNLOADED"),
			Map.entry(get("/api/v1/reminders/{id}/notice"), "URGING_NOTICE_DOWNLOADED"),
			Map.entry(get("/api/v1/rectifications/{id}/notice"), "RECTIFICATION_NOTICE_DOWNLOADED"));

	private final SecurityEvents events;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SecurityEventFilter(SecurityEvents events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Answer answer = new Answer(request, response);
		chain.doFilter(request, answer);
		answer.answered(response.getStatus());
	}

	private void record(HttpServletRequest request, int status) {
		if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
			this.events.refused(request, status, this.contexts.getContext().getAuthentication());
		}
		else if (byInvitedObserver()) {
			// every read of an invited observer, found or not (docs/security.md, "Invited
			// observers")
			this.events.accessed((status >= 200 && status < 300) ? "OBSERVER_READ" : "OBSERVER_READ_" + status, request,
					this.contexts.getContext().getAuthentication());
		}
		else if (status >= 200 && status < 300) {
			AUDITED_READS.forEach((matcher, action) -> {
				if (matcher.matches(request)) {
					this.events.accessed(action, request, this.contexts.getContext().getAuthentication());
				}
			});
		}
	}

	private static RequestMatcher get(String pattern) {
		return PathPatternRequestMatcher.pathPattern(HttpMethod.GET, pattern);
	}

	private boolean byInvitedObserver() {
		return this.contexts.getContext().getAuthentication() instanceof ActorAuthentication caller
				&& caller.actor().readsOnlyByInvitation();
	}

	/**
	 * The response, which records its event once, when its status is final and before any
	 * of it can reach the client: when its body is first asked for, when an error is
	 * sent, when it is flushed, or else when the chain is done (the container sends it
	 * after that). So a client never sees an answer whose record is not written yet.
	 */
	private final class Answer extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private boolean recorded;

		Answer(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		void answered(int status) {
			if (!this.recorded) {
				this.recorded = true;
				record(this.request, status);
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			answered(getStatus());
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			answered(getStatus());
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			answered(getStatus());
			super.flushBuffer();
		}

		@Override
		public void sendError(int status) throws IOException {
			answered(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			answered(status);
			super.sendError(status, message);
		}

	}

}
