package org.ducha.node.security;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The rule of every route no other rule names: any signed-in caller, except one who reads
 * only by invitation ({@link Actor#readsOnlyByInvitation()}), who is answered on the
 * routes that read invited objects and nothing else (docs/security.md, "Invited
 * observers"). Which objects those routes show them is the features' to decide; a route
 * added later is closed to observers until it is named here.
 */
final class InvitedObservers implements AuthorizationManager<RequestAuthorizationContext> {

	/** Routes under an allowed pattern that are not reads of one invited object. */
	private static final List<RequestMatcher> NEVER = List.of(get("/api/v1/tasks/ledger.xlsx"),
			get("/api/v1/tasks/import-template.xlsx"), get("/api/v1/tasks/urgencies"));

	/**
	 * The reads an observer is answered on: their identity, the names of the node's units
	 * (which a task's page shows), their invitations and the invited objects.
	 */
	private static final List<RequestMatcher> READS = List.of(get("/api/v1/me"), get("/api/v1/units"),
			get("/api/v1/observer/**"), get("/api/v1/tasks"), get("/api/v1/tasks/{id}"),
			get("/api/v1/tasks/{id}/reports"), get("/api/v1/tasks/{id}/timeline"), get("/api/v1/inspections/plans"),
			get("/api/v1/inspections/plans/{id}"));

	private final AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated = AuthenticatedAuthorizationManager
		.authenticated();

	static final String REASON = "观察员只能查看受邀请的事项。 An invited observer reads only what they were invited to.";

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		AuthorizationResult signedIn = this.authenticated.authorize(authentication, context);
		if (signedIn == null || !signedIn.isGranted()) {
			return signedIn;
		}
		if (authentication.get() instanceof ActorAuthentication caller && caller.actor().readsOnlyByInvitation()) {
			return new Refusal(allowed(context.getRequest()));
		}
		return signedIn;
	}

	static boolean allowed(HttpServletRequest request) {
		return NEVER.stream().noneMatch((matcher) -> matcher.matches(request))
				&& READS.stream().anyMatch((matcher) -> matcher.matches(request));
	}

	@Override
	public String toString() {
		return "signed in; an invited observer on the reads of invited objects only";
	}

	private static RequestMatcher get(String pattern) {
		return PathPatternRequestMatcher.pathPattern(HttpMethod.GET, pattern);
	}

	/** A decision that says, when it refuses, why. */
	static final class Refusal extends AuthorizationDecision {

		Refusal(boolean granted) {
			super(granted);
		}

		String reason() {
			return REASON;
		}

	}

}
