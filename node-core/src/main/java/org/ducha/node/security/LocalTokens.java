package org.ducha.node.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints tokens with the claims of docs/security.md §1.2 from the local key: for tests and
 * local development, before (and beside) Keycloak.
 */
public final class LocalTokens {

	private final LocalKeys keys;

	private final String issuer;

	private final String audience;

	public LocalTokens(LocalKeys keys, String issuer, String audience) {
		if (keys.privateKey() == null) {
			throw new IllegalStateException("Minting tokens needs the local private key");
		}
		this.keys = keys;
		this.issuer = issuer;
		this.audience = audience;
	}

	/**
	 * A signed token.
	 * @param subject the user id
	 * @param orgCode the user's node
	 * @param unitCode the user's unit, or null for the government itself
	 * @param roles role claims, e.g. {@code supervisor}
	 * @param lifetime how long it is valid
	 */
	public String mint(String subject, String orgCode, String unitCode, List<String> roles, Duration lifetime) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(this.issuer)
			.audience(this.audience)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.claim("org_code", orgCode)
			.claim("roles", roles)
			.claim("name", subject);
		if (unitCode != null) {
			claims.claim("unit_code", unitCode);
		}
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims.build());
			jwt.sign(new RSASSASigner(this.keys.privateKey()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a token", ex);
		}
	}

}
