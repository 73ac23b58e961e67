package org.ducha.node.testing;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens a node must refuse: wrong audience or issuer, expired, unsigned, or signed by
 * another key. Each differs from a valid test token in one respect only.
 */
public final class ForgedTokens {

	private ForgedTokens() {
	}

	private static JWTClaimsSet.Builder claims(String orgCode) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject("mallory")
			.issuer("ducha-local")
			.audience("ducha-api")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.claim("org_code", orgCode)
			.claim("roles", List.of("supervisor"));
	}

	public static String wrongAudience(String orgCode) {
		return sign(claims(orgCode).audience("another-api").build(), TestKeys.privateKey());
	}

	public static String wrongIssuer(String orgCode) {
		return sign(claims(orgCode).issuer("https://idp.example/realms/other").build(), TestKeys.privateKey());
	}

	public static String expired(String orgCode) {
		Instant past = Instant.now().minusSeconds(3600);
		return sign(
				claims(orgCode).issueTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past)).build(),
				TestKeys.privateKey());
	}

	/** {@code alg: none}: a header and claims with an empty signature. */
	public static String unsigned(String orgCode) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
		String body = base64.encodeToString(claims(orgCode).build().toString().getBytes());
		return header + "." + body + ".";
	}

	public static String otherKey(String orgCode) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return sign(claims(orgCode).build(), (RSAPrivateKey) generator.generateKeyPair().getPrivate());
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(JWTClaimsSet claims, RSAPrivateKey key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
