package org.ducha.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.deploy.keycloak.Totp;

/**
 * Tokens of the demo accounts from the realm ({@code ducha-cli}'s password grant, local
 * use only), kept until shortly before they expire. The administrators' second factor is
 * computed from the demo secret; Keycloak takes each code once, so a second sign-in of
 * the same administrator waits for the next code.
 */
public final class RealmLogin {

	/** The password of every demo user. */
	public static final String PASSWORD = "Ducha-Demo-2026";

	/** The TOTP secret of every demo administrator. */
	public static final String OTP_SECRET = "DUCHADEMOTOTPSECRETKEY23";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String issuer;

	/** {@code openid} and the audience scope of every node the launcher calls. */
	private final String scope;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, Cached> tokens = new LinkedHashMap<>();

	private final Map<String, Long> usedSteps = new LinkedHashMap<>();

	/**
	 * Tokens from the realm of {@code issuer} for the given nodes: a node accepts a realm
	 * token only when it names the node ({@code aud-<code>} scopes, docs/security.md
	 * §2.1), and the launcher calls each of its nodes with the same accounts.
	 */
	public RealmLogin(String issuer, Collection<String> nodes) {
		this.issuer = issuer;
		this.scope = "openid" + nodes.stream().map((code) -> " aud-" + code).collect(Collectors.joining());
	}

	/** The node client's secret of a node. */
	public static String nodeSecret(String code) {
		return "node-" + code + "-demo-secret";
	}

	/** An access token of a demo user, e.g. {@code supervisor-441700}. */
	public synchronized String token(String username) {
		Cached cached = this.tokens.get(username);
		if (cached != null && Instant.now().isBefore(cached.expires())) {
			return cached.token();
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "password");
		form.put("client_id", "ducha-cli");
		form.put("scope", this.scope);
		form.put("username", username);
		form.put("password", PASSWORD);
		if (username.startsWith("sysadmin-") || username.startsWith("secadmin-") || username.startsWith("auditor-")) {
			form.put("totp", nextCode(username));
		}
		JsonNode answer = post(form);
		String token = answer.path("access_token").asString();
		long lifetime = answer.path("expires_in").asLong(60);
		this.tokens.put(username, new Cached(token, Instant.now().plusSeconds(Math.max(5, lifetime - 30))));
		return token;
	}

	private String nextCode(String username) {
		long step = Totp.step(Instant.now());
		Long used = this.usedSteps.get(username);
		while (used != null && step <= used) {
			AppProcess.sleep(1000);
			step = Totp.step(Instant.now());
		}
		this.usedSteps.put(username, step);
		return Totp.code(OTP_SECRET, step);
	}

	private JsonNode post(Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.issuer + "/protocol/openid-connect/token"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused the sign-in of " + form.get("username") + ": "
						+ response.statusCode() + " " + response.body());
			}
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak did not answer at " + this.issuer + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private record Cached(String token, Instant expires) {
	}

}
