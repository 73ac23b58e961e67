package org.ducha.deploy.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.TokenResponse;

/**
 * Real Keycloak tokens of the demo accounts, renewed with their refresh token before they
 * expire (so an administrator's second factor is asked only once).
 */
final class Callers {

	private static final Duration RENEW_AFTER = Duration.ofSeconds(200);

	private final DuchaKeycloak keycloak;

	private final Map<String, TokenResponse> responses = new HashMap<>();

	private final Map<String, Instant> obtained = new HashMap<>();

	Callers(DuchaKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	/** The bearer token of a demo user, or null for {@code anonymous}. */
	synchronized String user(String username) {
		if (username.equals("anonymous")) {
			return null;
		}
		TokenResponse response = this.responses.get(username);
		Instant at = this.obtained.get(username);
		if (response == null) {
			response = this.keycloak.passwordGrant(username, DemoRealm.PASSWORD,
					needsSecondFactor(username) ? this.keycloak.oneTimeCode(username) : null);
		}
		else if (at.plus(RENEW_AFTER).isBefore(Instant.now())) {
			response = this.keycloak.tokenRequest(Map.of("grant_type", "refresh_token", "client_id",
					DemoRealm.CLI_CLIENT, "refresh_token", (String) response.body().get("refresh_token")));
		}
		else {
			return response.accessToken().value();
		}
		this.responses.put(username, response);
		this.obtained.put(username, Instant.now());
		return response.accessToken().value();
	}

	/** The client-credentials token of a node's client. */
	synchronized String node(String code) {
		String key = "node:" + code;
		Instant at = this.obtained.get(key);
		if (at == null || at.plus(RENEW_AFTER).isBefore(Instant.now())) {
			this.responses.put(key,
					this.keycloak.clientCredentials(DemoRealm.nodeClient(code), DemoRealm.nodeSecret(code)));
			this.obtained.put(key, Instant.now());
		}
		return this.responses.get(key).accessToken().value();
	}

	private static boolean needsSecondFactor(String username) {
		return DemoRealm.ADMIN_ROLES.stream().anyMatch((role) -> username.startsWith(role + "-"));
	}

}
