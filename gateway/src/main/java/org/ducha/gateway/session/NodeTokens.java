package org.ducha.gateway.session;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.ducha.gateway.session.NodeTokenUnavailable.Reason;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The access tokens the gateway sends to the nodes: for a call to node X, a token whose
 * audience is {@code node-X} (and, for user administration a city forwards to the
 * province, {@code node-X} and the province's {@code node-<top>}), exchanged at the realm
 * from the session's access token (RFC 8693, Keycloak's standard token exchange). The
 * session token itself names only the gateway ({@code aud} {@code ducha-gateway}) and is
 * accepted by no node; it is never sent to one. It is refreshed as before, through the
 * authorized client manager, one refresh per session at a time
 * ({@link OneRefreshPerSession}).
 * <p>
 * Node tokens live in the HTTP session per audience set ({@link ExchangedTokens}) until
 * shortly before they expire, are dropped when the session token is refreshed, and end
 * with the session; one exchange per session and audience set runs at a time.
 * <p>
 * Why not Spring Security's {@code TokenExchangeOAuth2AuthorizedClientProvider}: it
 * exchanges for one client registration (whose grant type must be token exchange) and
 * keeps the result as that registration's authorized client, so one token per
 * registration and person. Its request names no audience; one would be added by a
 * parameters converter of the registration. A token per node and per node pair would take
 * a registration per audience set, generated from the node registry, each with its own
 * authorized client in the session that its rules renew, not the session token's refresh;
 * and its failures come as {@code OAuth2AuthorizationException}s that no longer say
 * whether the realm refused or could not be reached. The exchange itself is one form POST
 * ({@link TokenExchange}), written here with the registration's client authentication as
 * {@link KeycloakSignOut} does.
 */
@Component
public class NodeTokens {

	private final OAuth2AuthorizedClientManager authorizedClients;

	private final TokenExchange exchange = new TokenExchange();

	NodeTokens(OAuth2AuthorizedClientManager authorizedClients) {
		this.authorizedClients = authorizedClients;
	}

	/**
	 * An access token for the signed-in caller of this request whose audience names the
	 * given nodes, the addressed node first.
	 * @throws NodeTokenUnavailable when the realm refuses or cannot be reached
	 * @throws org.springframework.security.oauth2.core.OAuth2AuthorizationException when
	 * the session token's refresh is refused
	 */
	public String forNodes(HttpServletRequest request, List<String> nodes) {
		if (!(request.getUserPrincipal() instanceof OAuth2AuthenticationToken authentication)) {
			throw new NodeTokenUnavailable(Reason.SESSION_OVER, nodes, "Not signed in through the gateway");
		}
		OAuth2AuthorizedClient client = this.authorizedClients.authorize(
				OAuth2AuthorizeRequest.withClientRegistrationId(authentication.getAuthorizedClientRegistrationId())
					.principal(authentication)
					.attribute(HttpServletRequest.class.getName(), request)
					.build());
		HttpSession session = request.getSession(false);
		Instant now = Instant.now();
		if (client == null || session == null || (client.getAccessToken().getExpiresAt() != null
				&& !now.isBefore(client.getAccessToken().getExpiresAt()))) {
			throw new NodeTokenUnavailable(Reason.SESSION_OVER, nodes, "The session holds no valid access token");
		}
		String subject = client.getAccessToken().getTokenValue();
		return ExchangedTokens.of(session)
			.token(subject, String.join(" ", nodes), now,
					() -> this.exchange.exchange(client.getClientRegistration(), subject, nodes));
	}

}
