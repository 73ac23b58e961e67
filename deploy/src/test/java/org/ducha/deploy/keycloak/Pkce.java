package org.ducha.deploy.keycloak;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636, method S256) and the random values of the tests'
 * scripted browser sign-ins ({@link BrowserLogin}, {@code identity.ProviderBrowser}).
 */
public final class Pkce {

	private static final SecureRandom random = new SecureRandom();

	private Pkce() {
	}

	/** {@code bytes} random bytes, base64url without padding (a verifier, a state). */
	public static String randomUrlSafe(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	/** The S256 challenge of a verifier. */
	public static String challenge(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
