package org.ducha.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The {@link StubIdentityProvider}'s standard token exchange (RFC 8693), as the realm
 * answers it: the gateway's access token in, a signed access token whose {@code aud}
 * names the requested nodes out. It insists on what Keycloak insists on here: a subject
 * token that is still valid, access tokens on both sides, and audiences each with its
 * {@code aud-<code>} scope. Client authentication is checked before, by the token
 * endpoint. A test can make it refuse, slow it down, and shorten its tokens' lifetime.
 */
final class StubTokenExchange {

	static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";

	static final String ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";

	private final RSAKey key;

	private final String issuer;

	private final Consumer<String> issued;

	private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger exchanged = new AtomicInteger();

	private volatile Duration lifetime;

	private volatile Duration delay;

	private volatile Answer refusal;

	StubTokenExchange(RSAKey key, String issuer, Consumer<String> issued) {
		this.key = key;
		this.issuer = issuer;
		this.issued = issued;
		reset();
	}

	/** Back to answering every valid request at once with five-minute tokens. */
	void reset() {
		this.lifetime = Duration.ofMinutes(5);
		this.delay = Duration.ZERO;
		this.refusal = null;
	}

	/** The {@code expires_in} of the tokens it issues. */
	void lifetime(Duration lifetime) {
		this.lifetime = lifetime;
	}

	/** How long it takes to answer. */
	void delay(Duration delay) {
		this.delay = delay;
	}

	/** Refuses every exchange with this status and OAuth error from now on. */
	void refuse(int status, String error, String description) {
		this.refusal = new Answer(status, Map.of("error", error, "error_description", description));
	}

	/** Every exchange request, in order, with every value of each parameter. */
	List<Map<String, List<String>>> requests() {
		return List.copyOf(this.requests);
	}

	/** How many tokens it issued. */
	int exchanged() {
		return this.exchanged.get();
	}

	/**
	 * The answer to an exchange request.
	 * @param form the request's parameters
	 * @param subjects the claims of a valid access token of the realm, empty for any
	 * other token
	 */
	Answer answer(Map<String, List<String>> form, Function<String, Optional<Map<String, Object>>> subjects)
			throws JOSEException {
		this.requests.add(form);
		sleep();
		if (this.refusal != null) {
			return this.refusal;
		}
		if (!ACCESS_TOKEN_TYPE.equals(single(form, "subject_token_type"))
				|| !ACCESS_TOKEN_TYPE.equals(single(form, "requested_token_type"))) {
			return error(400, "invalid_request", "access tokens only");
		}
		Optional<Map<String, Object>> subject = subjects.apply(single(form, "subject_token"));
		if (subject.isEmpty()) {
			// Keycloak's answer for a subject token that fails validation
			return error(400, "invalid_request", "Invalid token");
		}
		List<String> audiences = form.getOrDefault("audience", List.of());
		Set<String> scopes = new LinkedHashSet<>();
		for (String audience : audiences) {
			if (!audience.startsWith("node-")) {
				return error(400, "invalid_request", "Requested audience not available: " + audience);
			}
			scopes.add("aud-" + audience.substring("node-".length()));
		}
		String scope = single(form, "scope");
		if (audiences.isEmpty() || scope == null || !Set.of(scope.split(" ")).equals(scopes)) {
			return error(400, "invalid_scope", "scope " + scope + " does not add audiences " + audiences);
		}
		String token = token(subject.get(), audiences, scope);
		this.issued.accept(token);
		this.exchanged.incrementAndGet();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token);
		body.put("issued_token_type", ACCESS_TOKEN_TYPE);
		body.put("token_type", "Bearer");
		body.put("expires_in", this.lifetime.toSeconds());
		body.put("scope", scope);
		return new Answer(200, body);
	}

	private String token(Map<String, Object> subject, List<String> audiences, String scope) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.audience(audiences)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(this.lifetime)))
			.claim("azp", StubIdentityProvider.CLIENT_ID)
			.claim("scope", scope);
		subject.forEach(claims::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims.build());
		jwt.sign(new RSASSASigner(this.key));
		return jwt.serialize();
	}

	private void sleep() {
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String single(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values != null && values.size() == 1) ? values.get(0) : null;
	}

	private static Answer error(int status, String error, String description) {
		return new Answer(status, Map.of("error", error, "error_description", description));
	}

	/**
	 * What the token endpoint answers.
	 *
	 * @param status HTTP status
	 * @param body the JSON body
	 */
	record Answer(int status, Map<String, Object> body) {
	}

}
