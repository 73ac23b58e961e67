package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The Keycloak server of a test JVM with the {@code ducha} realm imported (given to tests
 * by {@link KeycloakExtension}): where it is, how to administer it, and tokens of the
 * demo accounts.
 */
public final class DuchaKeycloak implements AutoCloseable {

	private static final ObjectMapper json = new ObjectMapper();

	private final KeycloakServer server;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * The last time step whose one-time code was spent, per user (Keycloak refuses
	 * reuse).
	 */
	private final Map<String, Long> spentSteps = new HashMap<>();

	private Keycloak admin;

	DuchaKeycloak(KeycloakServer server) {
		this.server = server;
	}

	public KeycloakServer server() {
		return this.server;
	}

	/** {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** The {@code iss} of the realm's tokens, which the nodes are configured to trust. */
	public String issuer() {
		return this.server.issuer(DemoRealm.REALM);
	}

	public String tokenEndpoint() {
		return issuer() + "/protocol/openid-connect/token";
	}

	public String adminUsername() {
		return this.server.adminUsername();
	}

	public String adminPassword() {
		return this.server.adminPassword();
	}

	/** An admin client logged in to the master realm as the server's administrator. */
	public synchronized Keycloak admin() {
		if (this.admin == null) {
			this.admin = KeycloakBuilder.builder()
				.serverUrl(baseUrl())
				.realm("master")
				.clientId("admin-cli")
				.username(adminUsername())
				.password(adminPassword())
				.build();
		}
		return this.admin;
	}

	/** The {@code ducha} realm through {@link #admin()}. */
	public RealmResource realm() {
		return admin().realm(DemoRealm.REALM);
	}

	/**
	 * The access token of a demo user (password grant through {@code ducha-cli}), with a
	 * fresh one-time code for an administrator; it names every demo node in its audience
	 * ({@link DemoRealm#everyNodeScope()}).
	 */
	public Token token(String username) {
		return passwordGrant(username, DemoRealm.PASSWORD, needsOneTimeCode(username) ? oneTimeCode(username) : null)
			.accessToken();
	}

	/**
	 * A password grant through {@code ducha-cli} for every demo node's audience;
	 * {@code totp} may be null.
	 */
	public TokenResponse passwordGrant(String username, String password, String totp) {
		return passwordGrant(username, password, totp, DemoRealm.everyNodeScope());
	}

	/**
	 * A password grant through {@code ducha-cli} asking for {@code scope} (e.g.
	 * {@code "openid aud-441704"}: a token for node 441704 only); {@code totp} may be
	 * null.
	 */
	public TokenResponse passwordGrant(String username, String password, String totp, String scope) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "password");
		form.put("client_id", DemoRealm.CLI_CLIENT);
		form.put("scope", scope);
		form.put("username", username);
		form.put("password", password);
		if (totp != null) {
			form.put("totp", totp);
		}
		return tokenRequest(form);
	}

	/** The client-credentials token of a node ({@code node-<code>}). */
	public Token nodeToken(String code) {
		return clientCredentials(DemoRealm.nodeClient(code), DemoRealm.nodeSecret(code)).accessToken();
	}

	public TokenResponse clientCredentials(String clientId, String secret) {
		return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	/** A request to the realm's token endpoint. */
	public TokenResponse tokenRequest(Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Map<String, Object> answer = json.readValue(response.body(), new TypeReference<Map<String, Object>>() {
			});
			return new TokenResponse(response.statusCode(), answer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A one-time code of the demo secret that this user has not spent yet: the current
	 * one, or the next (Keycloak accepts one step ahead), or after a wait the one after.
	 */
	public synchronized String oneTimeCode(String username) {
		long now = Totp.step(Instant.now());
		long spent = this.spentSteps.getOrDefault(username, Long.MIN_VALUE);
		long step = Math.max(now, spent + 1);
		while (step > Totp.step(Instant.now()) + 1) {
			sleep(500);
		}
		this.spentSteps.put(username, step);
		return Totp.code(DemoRealm.OTP_SECRET, step);
	}

	private static boolean needsOneTimeCode(String username) {
		return DemoRealm.ADMIN_ROLES.stream().anyMatch((role) -> username.startsWith(role + "-"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Stops the server (at the end of the test JVM's run). */
	@Override
	public synchronized void close() {
		if (this.admin != null) {
			this.admin.close();
		}
		this.server.close();
	}

}
