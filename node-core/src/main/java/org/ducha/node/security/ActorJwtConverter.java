package org.ducha.node.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Reads the typed principal from a token's claims ({@code sub}, {@code org_code},
 * {@code unit_code}, {@code roles}, {@code name}): the one converter for REST and gRPC.
 */
@Component
public class ActorJwtConverter implements Converter<Jwt, ActorAuthentication> {

	@Override
	public ActorAuthentication convert(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Object claim = jwt.getClaims().get("roles");
		if (claim instanceof Collection<?> values) {
			for (Object value : values) {
				Role.ofClaim(String.valueOf(value)).ifPresent(roles::add);
			}
		}
		String name = jwt.getClaimAsString("name");
		if (name == null) {
			name = jwt.getClaimAsString("preferred_username");
		}
		Actor actor = new Actor(jwt.getSubject(), name, jwt.getClaimAsString("org_code"),
				jwt.getClaimAsString("unit_code"), roles);
		List<GrantedAuthority> authorities = roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return new ActorAuthentication(jwt, actor, authorities);
	}

}
