package org.ducha.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.ducha.gateway.StubHttp.body;
import static org.ducha.gateway.StubHttp.encode;
import static org.ducha.gateway.StubHttp.form;
import static org.ducha.gateway.StubHttp.formValues;
import static org.ducha.gateway.StubHttp.redirect;
import static org.ducha.gateway.StubHttp.send;

/**
 * A stand-in OpenID provider for the gateway's fast tests only (the login flow against
 * the real Keycloak is {@code GatewayLoginFlowIntegrationTests} in the deploy module). It
 * behaves like the realm where the gateway can tell: discovery, authorization code with
 * PKCE (S256, checked), client secret (Basic), signed ID tokens, refresh tokens that
 * rotate and may be used once, the back-channel end of a session, and the standard token
 * exchange for tokens that name nodes ({@link StubTokenExchange}). Whoever the test names
 * is "signed in" at the authorization endpoint without a form.
 */
final class StubIdentityProvider {

	static final String CLIENT_ID = "ducha-gateway";

	static final String CLIENT_SECRET = "stub-secret";

	private static StubIdentityProvider instance;

	private final HttpServer server;

	private final RSAKey key;

	private final String issuer;

	private volatile Map<String, Object> nextUser = Map.of();

	private volatile Duration accessTokenLifetime = Duration.ofMinutes(5);

	private final Map<String, Pending> codes = new ConcurrentHashMap<>();

	/** Refresh token → the session it belongs to; a used one is removed (rotation). */
	private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

	private final Set<String> endedSessions = ConcurrentHashMap.newKeySet();

	private final Map<String, Map<String, Object>> sessionClaims = new ConcurrentHashMap<>();

	private final List<String> issuedTokens = new CopyOnWriteArrayList<>();

	private final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();

	private final List<Map<String, String>> endSessionRequests = new CopyOnWriteArrayList<>();

	private final AtomicInteger refreshes = new AtomicInteger();

	private final AtomicInteger refusedRefreshes = new AtomicInteger();

	/** Access token → the session it belongs to and when it expires. */
	private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();

	private final StubTokenExchange tokenExchange;

	private volatile String lastAccessToken;

	private StubIdentityProvider() throws IOException, JOSEException {
		this.key = new RSAKeyGenerator(2048).keyID("stub").generate();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/stub";
		this.tokenExchange = new StubTokenExchange(this.key, this.issuer, this.issuedTokens::add);
		this.server.createContext("/realms/stub/", this::handle);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "stub-idp");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.start();
	}

	/** The provider of this test JVM. */
	static synchronized StubIdentityProvider get() {
		if (instance == null) {
			try {
				instance = new StubIdentityProvider();
			}
			catch (IOException | JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	String issuer() {
		return this.issuer;
	}

	/** Who the next authorization request signs in. */
	void signInNext(String username, String orgCode, String unitCode, String... roles) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
		claims.put("preferred_username", username);
		claims.put("name", username);
		claims.put("org_code", orgCode);
		if (unitCode != null) {
			claims.put("unit_code", unitCode);
		}
		claims.put("roles", List.of(roles));
		this.nextUser = claims;
	}

	void accessTokenLifetime(Duration lifetime) {
		this.accessTokenLifetime = lifetime;
	}

	/** Ends every session here, as an administrator or a timeout would. */
	void endAllSessions() {
		this.refreshTokens.values().forEach(this.endedSessions::add);
		this.refreshTokens.clear();
	}

	/** The token exchange, to count, inspect and steer. */
	StubTokenExchange tokenExchange() {
		return this.tokenExchange;
	}

	/** Every access token of a session (not exchanged ones) handed to the gateway. */
	Set<String> sessionAccessTokens() {
		return Set.copyOf(this.accessTokens.keySet());
	}

	/**
	 * Every token value handed to the gateway (access, refresh, ID and exchanged tokens).
	 */
	List<String> issuedTokens() {
		return List.copyOf(this.issuedTokens);
	}

	String lastAccessToken() {
		return this.lastAccessToken;
	}

	List<Map<String, String>> authorizationRequests() {
		return List.copyOf(this.authorizationRequests);
	}

	List<Map<String, String>> endSessionRequests() {
		return List.copyOf(this.endSessionRequests);
	}

	int refreshes() {
		return this.refreshes.get();
	}

	int refusedRefreshes() {
		return this.refusedRefreshes.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring("/realms/stub".length());
			switch (path) {
				case "/.well-known/openid-configuration" -> send(exchange, 200, discovery());
				case "/protocol/openid-connect/certs" ->
					send(exchange, 200, new JWKSet(this.key.toPublicJWK()).toJSONObject());
				case "/protocol/openid-connect/auth" -> authorize(exchange);
				case "/protocol/openid-connect/token" -> token(exchange);
				case "/protocol/openid-connect/logout" -> endSession(exchange);
				default -> send(exchange, 404, Map.of("error", "not_found"));
			}
		}
		catch (RuntimeException | JOSEException ex) {
			send(exchange, 500, Map.of("error", "server_error", "error_description", String.valueOf(ex)));
		}
	}

	private Map<String, Object> discovery() {
		String endpoints = this.issuer + "/protocol/openid-connect";
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", this.issuer);
		document.put("authorization_endpoint", endpoints + "/auth");
		document.put("token_endpoint", endpoints + "/token");
		document.put("jwks_uri", endpoints + "/certs");
		document.put("end_session_endpoint", endpoints + "/logout");
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("grant_types_supported",
				List.of("authorization_code", "refresh_token", StubTokenExchange.GRANT_TYPE));
		document.put("code_challenge_methods_supported", List.of("S256"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		document.put("scopes_supported", List.of("openid"));
		return document;
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		this.authorizationRequests.add(query);
		if (!CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
				|| query.get("code_challenge") == null) {
			send(exchange, 400, Map.of("error", "invalid_request"));
			return;
		}
		String code = UUID.randomUUID().toString();
		this.codes.put(code, new Pending(this.nextUser, query.get("nonce"), query.get("code_challenge"),
				query.get("redirect_uri"), UUID.randomUUID().toString()));
		redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state")));
	}

	private void token(HttpExchange exchange) throws IOException, JOSEException {
		String body = body(exchange);
		Map<String, String> form = form(body);
		if (!authenticated(exchange)) {
			send(exchange, 401, Map.of("error", "invalid_client"));
			return;
		}
		if (StubTokenExchange.GRANT_TYPE.equals(form.get("grant_type"))) {
			StubTokenExchange.Answer answer = this.tokenExchange.answer(formValues(body), this::validToken);
			send(exchange, answer.status(), answer.body());
		}
		else if ("authorization_code".equals(form.get("grant_type"))) {
			Pending pending = this.codes.remove(form.getOrDefault("code", ""));
			if (pending == null || !pending.redirectUri().equals(form.get("redirect_uri"))
					|| !pending.challenge().equals(challenge(form.getOrDefault("code_verifier", "")))) {
				send(exchange, 400, Map.of("error", "invalid_grant"));
				return;
			}
			send(exchange, 200, tokens(pending.claims(), pending.session(), pending.nonce(), true));
		}
		else if ("refresh_token".equals(form.get("grant_type"))) {
			String session = this.refreshTokens.remove(form.getOrDefault("refresh_token", ""));
			if (session == null || this.endedSessions.contains(session)) {
				this.refusedRefreshes.incrementAndGet();
				send(exchange, 400, Map.of("error", "invalid_grant", "error_description", "Token is not active"));
				return;
			}
			this.refreshes.incrementAndGet();
			send(exchange, 200, tokens(this.sessionClaims.get(session), session, null, false));
		}
		else {
			send(exchange, 400, Map.of("error", "unsupported_grant_type"));
		}
	}

	private Map<String, Object> tokens(Map<String, Object> claims, String session, String nonce, boolean idToken)
			throws JOSEException {
		this.sessionClaims.put(session, claims);
		String accessToken = "stub-at-" + UUID.randomUUID();
		String refreshToken = "stub-rt-" + UUID.randomUUID();
		this.refreshTokens.put(refreshToken, session);
		this.accessTokens.put(accessToken, new Issued(session, Instant.now().plus(this.accessTokenLifetime)));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", accessToken);
		response.put("token_type", "Bearer");
		response.put("expires_in", this.accessTokenLifetime.toSeconds());
		response.put("refresh_token", refreshToken);
		response.put("scope", "openid");
		this.issuedTokens.add(accessToken);
		this.issuedTokens.add(refreshToken);
		if (idToken) {
			String id = idToken(claims, session, nonce);
			response.put("id_token", id);
			this.issuedTokens.add(id);
		}
		this.lastAccessToken = accessToken;
		return response;
	}

	/** The claims behind an access token of this provider, while it is valid. */
	private Optional<Map<String, Object>> validToken(String token) {
		Issued issued = (token != null) ? this.accessTokens.get(token) : null;
		if (issued == null || this.endedSessions.contains(issued.session())
				|| !Instant.now().isBefore(issued.expiresAt())) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.sessionClaims.get(issued.session()));
	}

	private String idToken(Map<String, Object> claims, String session, String nonce) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(this.issuer)
			.audience(CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("azp", CLIENT_ID)
			.claim("sid", session);
		claims.forEach(builder::claim);
		if (nonce != null) {
			builder.claim("nonce", nonce);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				builder.build());
		jwt.sign(new RSASSASigner(this.key));
		return jwt.serialize();
	}

	private void endSession(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(body(exchange));
		Map<String, String> recorded = new LinkedHashMap<>(form);
		recorded.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
		this.endSessionRequests.add(recorded);
		if (!authenticated(exchange)) {
			send(exchange, 401, Map.of("error", "invalid_client"));
			return;
		}
		String session = this.refreshTokens.get(form.getOrDefault("refresh_token", ""));
		if (session == null) {
			send(exchange, 400, Map.of("error", "invalid_grant"));
			return;
		}
		this.endedSessions.add(session);
		this.refreshTokens.values().removeIf(session::equals);
		exchange.sendResponseHeaders(204, -1);
	}

	private static boolean authenticated(HttpExchange exchange) {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
	}

	private static String challenge(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An access token handed out: its session and expiry. */
	private record Issued(String session, Instant expiresAt) {
	}

	/** An authorization code waiting to be redeemed. */
	private record Pending(Map<String, Object> claims, String nonce, String challenge, String redirectUri,
			String session) {
	}

}
