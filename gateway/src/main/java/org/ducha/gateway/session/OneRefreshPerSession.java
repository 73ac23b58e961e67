package org.ducha.gateway.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Authorizes one request of a session at a time. Keycloak rotates refresh tokens and
 * refuses one used twice, so two API calls of the same page that both find the access
 * token expiring must not both refresh it: the second waits and then finds the first
 * one's fresh token in the session.
 */
class OneRefreshPerSession implements OAuth2AuthorizedClientManager {

	private final OAuth2AuthorizedClientManager delegate;

	OneRefreshPerSession(OAuth2AuthorizedClientManager delegate) {
		this.delegate = delegate;
	}

	@Override
	public OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest request) {
		HttpSession session = session(request);
		if (session == null) {
			return this.delegate.authorize(request);
		}
		synchronized (WebUtils.getSessionMutex(session)) {
			return this.delegate.authorize(request);
		}
	}

	private static HttpSession session(OAuth2AuthorizeRequest request) {
		Object attribute = request.getAttribute(HttpServletRequest.class.getName());
		HttpServletRequest servletRequest = (attribute instanceof HttpServletRequest given) ? given : null;
		if (servletRequest == null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
			servletRequest = current.getRequest();
		}
		return (servletRequest != null) ? servletRequest.getSession(false) : null;
	}

}
