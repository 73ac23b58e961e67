package org.ducha.node.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * This node's own token, which it shows on its link to its parent beside its certificate:
 * a client-credentials token of its Keycloak client {@code node-<code>}, cached until
 * shortly before it expires; in tests and local development, one minted from the local
 * key.
 */
@Component
public class NodeTokens {

	private static final Logger logger = LoggerFactory.getLogger(NodeTokens.class);

	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final SecuritySettings settings;

	private final NodeIdentity self;

	/**
	 * Real time, not the node's business clock: the token's expiry is its issuer's and
	 * its verifier's, whatever a test or a development offset does to the node's dates.
	 */
	private final Clock clock = Clock.systemUTC();

	private final RestClient http = RestClient.create();

	private String token;

	private Instant expiresAt = Instant.EPOCH;

	NodeTokens(SecuritySettings settings, NodeIdentity self) {
		this.settings = settings;
		this.self = self;
	}

	/** A valid token naming this node, or empty when the node has no way to get one. */
	public synchronized Optional<String> current() {
		Instant now = this.clock.instant();
		if (this.token != null && now.isBefore(this.expiresAt.minus(MARGIN))) {
			return Optional.of(this.token);
		}
		SecuritySettings.Keycloak keycloak = this.settings.keycloak();
		if (keycloak.isConfigured() && keycloak.clientSecret() != null && !keycloak.clientSecret().isBlank()) {
			return fetch(keycloak, now);
		}
		if (this.settings.localJwt().enabled()) {
			LocalKeys keys = LocalKeys.resolve(this.settings.localJwt());
			if (keys.privateKey() != null) {
				Duration lifetime = Duration.ofMinutes(10);
				this.token = new LocalTokens(keys, this.settings.issuer(), this.settings.audience())
					.mint("node-" + this.self.code(), this.self.code(), null, List.of(Role.NODE.claim()), lifetime);
				this.expiresAt = now.plus(lifetime);
				return Optional.of(this.token);
			}
		}
		return Optional.empty();
	}

	private Optional<String> fetch(SecuritySettings.Keycloak keycloak, Instant now) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", keycloak.clientIdOrDefault(this.self.code()));
		form.add("client_secret", keycloak.clientSecret());
		try {
			Map<?, ?> response = this.http.post()
				.uri(keycloak.tokenUriOrDefault())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(Map.class);
			this.token = (String) response.get("access_token");
			this.expiresAt = now.plusSeconds(((Number) response.get("expires_in")).longValue());
			return Optional.ofNullable(this.token);
		}
		catch (RestClientException | NullPointerException | ClassCastException ex) {
			logger.warn("Node {} could not get its token from {}: {}", this.self.code(), keycloak.tokenUriOrDefault(),
					ex.getMessage());
			return Optional.empty();
		}
	}

}
