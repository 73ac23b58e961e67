package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person logging in through Keycloak's login pages as the gateway sends them there
 * (authorization code with PKCE), scripted over HTTP: the page each step shows, and at
 * the end the authorization code on the gateway's loopback redirect URI.
 */
public final class BrowserLogin {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final DuchaKeycloak keycloak;

	/**
	 * Keycloak marks its cookies {@code Secure} even on http://127.0.0.1, which browsers
	 * accept on loopback and {@link java.net.CookieManager} does not: a jar of our own.
	 */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String redirectUri = "http://127.0.0.1:" + (40000 + new SecureRandom().nextInt(20000))
			+ "/login/oauth2/code/keycloak";

	private final String verifier = Pkce.randomUrlSafe(32);

	private HttpResponse<String> page;

	public BrowserLogin(DuchaKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	/** Opens the login page of the gateway's client. */
	public BrowserLogin open() {
		this.page = get(this.keycloak.issuer() + "/protocol/openid-connect/auth?client_id=" + DemoRealm.GATEWAY_CLIENT
				+ "&response_type=code&scope=openid&state=" + Pkce.randomUrlSafe(8) + "&redirect_uri="
				+ encode(this.redirectUri) + "&code_challenge=" + Pkce.challenge(this.verifier)
				+ "&code_challenge_method=S256");
		return this;
	}

	/** Submits the form on the page (username and password, or the one-time code). */
	BrowserLogin submit(Map<String, String> fields) {
		Matcher action = FORM_ACTION.matcher(this.page.body());
		if (!action.find()) {
			throw new AssertionError("No form on the page: " + this.page.statusCode() + "\n" + this.page.body());
		}
		String url = action.group(1).replace("&amp;", "&");
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		this.page = send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		return this;
	}

	public BrowserLogin password(String username, String password) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		return submit(fields);
	}

	BrowserLogin oneTimeCode(String code) {
		return submit(Map.of("otp", code));
	}

	/** The page now shown (its HTML), or the redirect's target. */
	public String page() {
		return this.page.body();
	}

	/** Whether Keycloak asks for a one-time code now. */
	boolean asksForOneTimeCode() {
		return this.page.statusCode() == 200 && this.page.body().contains("name=\"otp\"");
	}

	/** The authorization code on the redirect back to the gateway, or null. */
	public String code() {
		String location = this.page.headers().firstValue("Location").orElse("");
		if (this.page.statusCode() != 302 || !location.startsWith(this.redirectUri)) {
			return null;
		}
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
		return code.find() ? code.group(1) : null;
	}

	/** Redeems the code as the gateway does (client secret and PKCE verifier). */
	TokenResponse redeem() {
		String code = code();
		if (code == null) {
			throw new AssertionError("Not redirected back with a code: " + this.page.statusCode() + " "
					+ this.page.headers().map() + "\n" + this.page.body());
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("client_id", DemoRealm.GATEWAY_CLIENT);
		form.put("client_secret", DemoRealm.GATEWAY_SECRET);
		form.put("code", code);
		form.put("redirect_uri", this.redirectUri);
		form.put("code_verifier", this.verifier);
		return this.keycloak.tokenRequest(form);
	}

	private HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
		if (!this.cookies.isEmpty()) {
			withCookies.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				String name = pair.substring(0, equals).trim();
				if (header.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, pair.substring(equals + 1));
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
