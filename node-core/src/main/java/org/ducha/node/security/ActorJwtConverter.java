package org.ducha.node.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Reads the typed principal from a token's claims ({@code sub}, {@code org_code},
 * {@code unit_code}, {@code roles}, {@code name}): the one converter for REST and gRPC.
 * An account holding two of the three administrator roles (三员分立) is refused.
 */
@Component
public class ActorJwtConverter implements Converter<Jwt, ActorAuthentication> {

	/** The three administrators of 三员分立; an account holds at most one of them. */
	private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR);

	private static String claims(List<Role> roles) {
		return roles.stream().map(Role::claim).collect(java.util.stream.Collectors.joining(", "));
	}

	@Override
	public ActorAuthentication convert(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Object claim = jwt.getClaims().get("roles");
		if (claim instanceof Collection<?> values) {
			for (Object value : values) {
				Role.ofClaim(String.valueOf(value)).ifPresent(roles::add);
			}
		}
		List<Role> administrators = roles.stream().filter(ADMINISTRATORS::contains).toList();
		if (administrators.size() > 1) {
			throw new OAuth2AuthenticationException(new OAuth2Error("separation_of_duties",
					"三员分立：账号 " + jwt.getSubject() + " 同时持有 " + claims(administrators) + "，不能登录；The account holds "
							+ claims(administrators)
							+ ": sysadmin, secadmin and auditor are held by different accounts",
					null));
		}
		String name = jwt.getClaimAsString("name");
		if (name == null) {
			name = jwt.getClaimAsString("preferred_username");
		}
		Actor actor = new Actor(jwt.getSubject(), name, jwt.getClaimAsString("org_code"),
				jwt.getClaimAsString("unit_code"), roles, jwt.getClaimAsString("preferred_username"));
		List<GrantedAuthority> authorities = roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return new ActorAuthentication(jwt, actor, authorities);
	}

}
