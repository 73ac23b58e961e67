package org.ducha.gateway;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The person signed in to the gateway, as the realm's ID token describes them (the same
 * claims the nodes read from the access token: {@code org_code}, {@code unit_code},
 * {@code roles}).
 *
 * @param subject the user id ({@code sub})
 * @param username the login name ({@code preferred_username})
 * @param name a display name
 * @param orgCode the node (government) the person belongs to
 * @param orgLevel its level (PROVINCE, CITY, COUNTY), when the realm says
 * @param unitCode the person's unit, a department or the government itself
 * @param roles realm roles
 */
public record Caller(String subject, String username, String name, String orgCode, String orgLevel, String unitCode,
		List<String> roles) {

	public Caller {
		roles = List.copyOf(roles);
	}

	/** The caller behind a request's principal, if signed in through the gateway. */
	public static Optional<Caller> of(Principal principal) {
		if (!(principal instanceof OAuth2AuthenticationToken token)) {
			return Optional.empty();
		}
		OAuth2User user = token.getPrincipal();
		if (user == null) {
			return Optional.empty();
		}
		List<String> roles = (user.getAttribute("roles") instanceof Collection<?> values)
				? values.stream().map(String::valueOf).sorted().toList() : List.of();
		String username = text(user, "preferred_username");
		String name = text(user, "name");
		String subject = text(user, "sub");
		return Optional
			.of(new Caller((subject != null) ? subject : user.getName(), username, (name != null) ? name : username,
					text(user, "org_code"), text(user, "org_level"), text(user, "unit_code"), roles));
	}

	private static String text(OAuth2User user, String claim) {
		Object value = user.getAttribute(claim);
		return (value != null && !String.valueOf(value).isBlank()) ? String.valueOf(value) : null;
	}

}
