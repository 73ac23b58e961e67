package org.ducha.gateway.session;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Ends the person's Keycloak session when they sign out of the gateway (RP-initiated
 * logout), over the back channel: the gateway posts the session's refresh token with its
 * own client credentials to the realm's {@code end_session_endpoint}, the way Keycloak
 * documents for confidential clients. The browser is not sent to Keycloak with an
 * {@code id_token_hint}, so not even the ID token ever reaches it; the next sign-in asks
 * for the password again because the Keycloak session is gone.
 */
@Component
class KeycloakSignOut implements LogoutHandler {

	private static final Logger logger = LoggerFactory.getLogger(KeycloakSignOut.class);

	private final ClientRegistrationRepository registrations;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final RestClient http;

	KeycloakSignOut(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		factory.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (!(authentication instanceof OAuth2AuthenticationToken token)) {
			return;
		}
		String registrationId = token.getAuthorizedClientRegistrationId();
		OAuth2AuthorizedClient client = this.authorizedClients.loadAuthorizedClient(registrationId, authentication,
				request);
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		Object endpoint = (registration != null)
				? registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint") : null;
		if (client == null || client.getRefreshToken() == null || endpoint == null) {
			logger.warn("Signed {} out of the gateway only: {}", authentication.getName(), (endpoint == null)
					? "the realm publishes no end_session_endpoint" : "the session holds no refresh token");
			return;
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_id", registration.getClientId());
		form.add("refresh_token", client.getRefreshToken().getTokenValue());
		boolean basic = ClientAuthenticationMethod.CLIENT_SECRET_BASIC
			.equals(registration.getClientAuthenticationMethod());
		if (!basic) {
			form.add("client_secret", registration.getClientSecret());
		}
		try {
			this.http.post()
				.uri(URI.create(endpoint.toString()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.headers((headers) -> {
					if (basic) {
						headers.setBasicAuth(encode(registration.getClientId()),
								encode(registration.getClientSecret()));
					}
				})
				.body(form)
				.retrieve()
				.toBodilessEntity();
			logger.info("Signed {} out of the gateway and of Keycloak", authentication.getName());
		}
		catch (RestClientException ex) {
			// the gateway session ends all the same; the Keycloak session then ends at
			// its
			// idle timeout
			logger.warn("Signed {} out of the gateway; ending the Keycloak session failed: {}",
					authentication.getName(), ex.getMessage());
		}
	}

	/** RFC 6749 §2.3.1: client id and secret are form-encoded before Basic encoding. */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
