package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JWT as Keycloak issued it: the compact form to send, and its claims to look at (the
 * signature is the nodes' business, not the tests').
 *
 * @param value the compact serialization ({@code header.payload.signature})
 * @param claims the payload's claims
 */
public record Token(String value, Map<String, Object> claims) {

	private static final ObjectMapper json = new ObjectMapper();

	/** Reads the claims of a compact JWT. */
	public static Token parse(String value) {
		String[] parts = value.split("\\.");
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a compact JWS: " + value);
		}
		try {
			Map<String, Object> claims = json.readValue(Base64.getUrlDecoder().decode(parts[1]),
					new TypeReference<Map<String, Object>>() {
					});
			return new Token(value, claims);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String claim(String name) {
		Object value = this.claims.get(name);
		return (value != null) ? String.valueOf(value) : null;
	}

	/** {@code aud}, a string or a list in a JWT, always as a list. */
	public List<String> audience() {
		return strings(this.claims.get("aud"));
	}

	/** The flat {@code roles} claim. */
	public List<String> roles() {
		return strings(this.claims.get("roles"));
	}

	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

}
