package org.ducha.gateway.session;

import java.util.ArrayList;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.util.HttpSessionMutexListener;

/**
 * Where the gateway keeps what it knows of a signed-in person: the Keycloak client
 * (registration {@code keycloak}), and the person's tokens in their server-side HTTP
 * session, refreshed there, one refresh at a time per session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class SessionConfiguration {

	/** The registration id of the realm's client. */
	static final String REGISTRATION = "keycloak";

	/**
	 * The client registrations, read from the realm's discovery document on first use
	 * rather than at start: the gateway starts (and serves its health and static pages)
	 * while Keycloak is still starting or briefly down.
	 */
	@Bean
	ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
		return new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
				new ArrayList<>(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values())));
	}

	/**
	 * Tokens live in the HTTP session: they end with it (sign-out, expiry) and are never
	 * shared between two sessions of the same person.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/**
	 * Used by {@link NodeTokens} and {@link SignedInSessions}: the session's access
	 * token, refreshed when about to expire.
	 */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return new OneRefreshPerSession(manager);
	}

	/** The per-session lock {@link OneRefreshPerSession} takes. */
	@Bean
	HttpSessionMutexListener httpSessionMutexListener() {
		return new HttpSessionMutexListener();
	}

}
