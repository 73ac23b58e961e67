package org.ducha.node.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * An authenticated request: the token and the typed principal read from it.
 */
public class ActorAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final Actor actor;

	ActorAuthentication(Jwt jwt, Actor actor, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, actor, jwt, authorities);
		this.actor = actor;
		setAuthenticated(true);
	}

	public Actor actor() {
		return this.actor;
	}

	@Override
	public java.util.Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

}
