package org.ducha.gateway.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * Whether a gateway session still stands for a Keycloak session, and ending one that does
 * not.
 */
@Component
public class SignedInSessions {

	private static final Logger logger = LoggerFactory.getLogger(SignedInSessions.class);

	private final OAuth2AuthorizedClientManager authorizedClients;

	SignedInSessions(OAuth2AuthorizedClientManager authorizedClients) {
		this.authorizedClients = authorizedClients;
	}

	/**
	 * Whether the session still holds a usable access token, refreshing it when it is
	 * about to expire; a session whose refresh Keycloak refuses is ended here.
	 */
	public boolean isAlive(OAuth2AuthenticationToken authentication, HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest
			.withClientRegistrationId(authentication.getAuthorizedClientRegistrationId())
			.principal(authentication)
			.attribute(HttpServletRequest.class.getName(), request)
			.attribute(HttpServletResponse.class.getName(), response)
			.build();
		try {
			if (this.authorizedClients.authorize(authorize) != null) {
				return true;
			}
		}
		catch (OAuth2AuthorizationException ex) {
			end(request, ex);
			return false;
		}
		end(request, null);
		return false;
	}

	/** Ends the gateway session: its tokens go with it. */
	public void end(HttpServletRequest request, Exception cause) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		logger.info("Ended a gateway session whose Keycloak session is over{}",
				(cause != null) ? ": " + cause.getMessage() : "");
	}

}
