package org.ducha.node.security;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Reads which node a link's bearer token names: a valid token of a trusted issuer with
 * role {@code node}, read by the same converter as REST tokens.
 */
@Component
public class LinkTokenVerifier {

	private final TrustedIssuers issuers;

	private final SecuritySettings settings;

	LinkTokenVerifier(TrustedIssuers issuers, SecuritySettings settings) {
		this.issuers = issuers;
		this.settings = settings;
	}

	/** Whether a parent requires a child's token beside its certificate. */
	public boolean isRequired() {
		return this.settings.requireNodeTokenOnLinks();
	}

	/**
	 * The node a token names.
	 * @throws IllegalArgumentException with the reason when the token does not name a
	 * node
	 */
	public String nodeOf(String token) {
		Actor actor;
		try {
			actor = this.issuers.actorOf(token);
		}
		catch (JwtException | AuthenticationException ex) {
			throw new IllegalArgumentException("the node token is not valid: " + ex.getMessage());
		}
		if (!actor.has(Role.NODE) || actor.orgCode() == null) {
			throw new IllegalArgumentException("the token of " + actor.subject() + " is not a node's token");
		}
		return actor.orgCode();
	}

}
