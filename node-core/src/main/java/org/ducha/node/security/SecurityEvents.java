package org.ducha.node.security;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Security events in the node's audit trail, each saying who, what and from where:
 * requests refused with 401 or 403 (bounded by {@link RefusalLimiter}), and the reads
 * that matter — the audit trail read or verified, an attachment downloaded, a ledger
 * exported, an official document (a notice) downloaded — and test tokens minted. The
 * client address is the one this node sees: the gateway's, for people signed in through
 * it.
 */
@Component
class SecurityEvents {

	/** Request attribute where the refusal handlers leave why a request was refused. */
	static final String REASON = SecurityEvents.class.getName() + ".reason";

	private final AuditTrail audit;

	private final Clock clock;

	private final RefusalLimiter limiter = new RefusalLimiter();

	SecurityEvents(AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A request answered 401 or 403: recorded one by one, or counted when its client was
	 * refused more than a few times this minute.
	 */
	void refused(HttpServletRequest request, int status, Authentication authentication) {
		Actor actor = actorOf(authentication);
		String client = (actor != null) ? "account " + actor.subject() : "address " + request.getRemoteAddr();
		RefusalLimiter.Admission admission = this.limiter.admit(client, this.clock.instant());
		admission.ended().ifPresent(this::recordSummary);
		if (!admission.recordIt()) {
			return;
		}
		Object reason = request.getAttribute(REASON);
		this.audit.record(AuditCategory.SECURITY, (status == 401) ? "REQUEST_UNAUTHENTICATED" : "REQUEST_FORBIDDEN",
				who(actor), null, what(request) + " refused with " + status + from(request, actor)
						+ ((reason != null) ? ": " + reason : ""));
	}

	/** A read that is audited, answered with success. */
	void accessed(String action, HttpServletRequest request, Authentication authentication) {
		Actor actor = actorOf(authentication);
		this.audit.record(AuditCategory.SECURITY, action, who(actor), null, what(request) + from(request, actor));
	}

	/** A token minted from the local development key. */
	void tokenMinted(HttpServletRequest request, String subject, String orgCode, String unitCode, List<String> roles) {
		this.audit.record(AuditCategory.SECURITY, "TEST_TOKEN_MINTED", "anonymous", null,
				"a development token for " + subject + " of " + orgCode
						+ ((unitCode != null) ? " (" + unitCode + ")" : "") + " with roles " + String.join(", ", roles)
						+ " minted for " + request.getRemoteAddr());
	}

	/** Records the summary of a minute of refusals that is over. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void closeEndedMinute() {
		this.limiter.closeEnded(this.clock.instant()).ifPresent(this::recordSummary);
	}

	/** Records what was counted so far, so that nothing counted is lost at shutdown. */
	@PreDestroy
	void close() {
		this.limiter.close().ifPresent(this::recordSummary);
	}

	private void recordSummary(RefusalLimiter.Summary summary) {
		this.audit.record(AuditCategory.SECURITY, "REFUSALS_COUNTED", "system", null, summary.describe());
	}

	private static Actor actorOf(Authentication authentication) {
		return (authentication instanceof ActorAuthentication caller) ? caller.actor() : null;
	}

	private static String who(Actor actor) {
		return (actor != null) ? actor.subject() : "anonymous";
	}

	private static String what(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	private static String from(HttpServletRequest request, Actor actor) {
		String by = (actor != null) ? ", by " + actor.name() + " of " + actor.orgCode() + " ("
				+ actor.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(", ")) + ")" : "";
		return " from " + request.getRemoteAddr() + by;
	}

}
