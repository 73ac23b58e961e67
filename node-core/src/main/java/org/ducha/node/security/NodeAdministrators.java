package org.ducha.node.security;

import java.util.function.Supplier;

import org.ducha.node.NodeIdentity;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rule of a node's administration routes: they answer an administrator of this node
 * ({@link Actor#administers}), not any holder of the role. Another county's auditor does
 * not read this node's audit trail; the province's sysadmin does not pause a city's links
 * (it administers the province).
 */
final class NodeAdministrators {

	private final NodeIdentity self;

	NodeAdministrators(NodeIdentity self) {
		this.self = self;
	}

	/** Grants a request of someone holding {@code role} at this node. */
	AuthorizationManager<RequestAuthorizationContext> only(Role role) {
		return new AuthorizationManager<>() {

			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext request) {
				return decide(authentication.get(), role);
			}

			@Override
			public String toString() {
				return role.claim() + " of " + NodeAdministrators.this.self.code();
			}

		};
	}

	Decision decide(Authentication authentication, Role role) {
		Actor actor = (authentication instanceof ActorAuthentication caller) ? caller.actor() : null;
		boolean granted = actor != null && actor.administers(this.self.code(), role);
		String reason = "Only administrators of " + this.self.name() + " (" + this.self.code() + ") with role "
				+ role.claim() + " may do this" + ((actor != null && actor.has(role)) ? "; your role " + role.claim()
						+ " is held at " + actor.orgCode() + ", which this node does not administer" : "");
		return new Decision(granted, reason);
	}

	/** A decision that says, when it refuses, whom the route answers. */
	static final class Decision extends AuthorizationDecision {

		private final String reason;

		Decision(boolean granted, String reason) {
			super(granted);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

}
