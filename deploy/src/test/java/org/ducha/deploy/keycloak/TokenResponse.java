package org.ducha.deploy.keycloak;

import java.util.Map;

/**
 * The answer of Keycloak's token endpoint: the HTTP status and the JSON body.
 *
 * @param status the HTTP status (200 when a token was issued)
 * @param body the JSON body ({@code access_token}, or {@code error} and
 * {@code error_description})
 */
public record TokenResponse(int status, Map<String, Object> body) {

	public boolean issued() {
		return this.status == 200 && this.body.containsKey("access_token");
	}

	/** The access token, or an {@link AssertionError} that says why there is none. */
	public Token accessToken() {
		if (!issued()) {
			throw new AssertionError("No token: " + this.status + " " + this.body);
		}
		return Token.parse((String) this.body.get("access_token"));
	}

	public String error() {
		return (String) this.body.get("error");
	}

}
