package org.ducha.deploy.identity;

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

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.Pkce;
import org.ducha.deploy.keycloak.TokenResponse;

/**
 * A person signing in to the gateway's client through a level's own provider, scripted
 * over HTTP as a browser does it: the {@code ducha} login page, the provider's button,
 * the provider's login form, and the redirects back through the {@code ducha} realm's
 * broker endpoint to the gateway's loopback redirect URI with a code (or an error page on
 * the way).
 * <p>
 * Cookies are kept per path: both realms set {@code AUTH_SESSION_ID} and
 * {@code KEYCLOAK_SESSION}, each under {@code /realms/<realm>/}.
 */
final class ProviderBrowser {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final DuchaKeycloak keycloak;

	/** Path → name → value (Keycloak marks its cookies Secure even on loopback). */
	private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String redirectUri = "http://127.0.0.1:" + (40000 + new SecureRandom().nextInt(20000))
			+ "/login/oauth2/code/keycloak";

	private final String verifier = Pkce.randomUrlSafe(32);

	private HttpResponse<String> page;

	ProviderBrowser(DuchaKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	/** Opens the {@code ducha} login page of the gateway's client. */
	ProviderBrowser open() {
		return get(this.keycloak.issuer() + "/protocol/openid-connect/auth?client_id=" + DemoRealm.GATEWAY_CLIENT
				+ "&response_type=code&scope=openid&state=" + Pkce.randomUrlSafe(8) + "&redirect_uri="
				+ encode(this.redirectUri) + "&code_challenge=" + Pkce.challenge(this.verifier)
				+ "&code_challenge_method=S256");
	}

	/** Clicks the button of an identity provider on the login page. */
	ProviderBrowser choose(String alias) {
		Matcher link = Pattern.compile("id=\"social-" + Pattern.quote(alias) + "\"[^>]*href=\"([^\"]+)\"")
			.matcher(this.page.body());
		if (!link.find()) {
			throw new AssertionError(
					"No button of " + alias + " on the page: " + this.page.statusCode() + "\n" + this.page.body());
		}
		return get(link.group(1).replace("&amp;", "&"));
	}

	/** Fills in and submits the login form on the page (the provider's). */
	ProviderBrowser password(String username, String password) {
		Matcher action = FORM_ACTION.matcher(this.page.body());
		if (!action.find()) {
			throw new AssertionError("No form on the page: " + this.page.statusCode() + "\n" + this.page.body());
		}
		String body = "username=" + encode(username) + "&password=" + encode(password);
		send(HttpRequest.newBuilder(resolve(action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		return followRedirects();
	}

	/** The page now shown (its HTML). */
	String page() {
		return this.page.body();
	}

	/**
	 * The page's HTML with character references resolved ({@code &#xff0c;} → ，), as a
	 * person reads it.
	 */
	String text() {
		Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(this.page.body());
		StringBuilder text = new StringBuilder();
		while (reference.find()) {
			int codePoint = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
			reference.appendReplacement(text, Matcher.quoteReplacement(Character.toString(codePoint)));
		}
		reference.appendTail(text);
		return text.toString();
	}

	int status() {
		return this.page.statusCode();
	}

	/** Where the page came from. */
	URI uri() {
		return this.page.uri();
	}

	/** The authorization code on the redirect back to the gateway, or null. */
	String code() {
		String location = this.page.headers().firstValue("Location").orElse("");
		if (this.page.statusCode() / 100 != 3 || !location.startsWith(this.redirectUri)) {
			return null;
		}
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
		return code.find() ? code.group(1) : null;
	}

	/** Redeems the code as the gateway does (client secret and PKCE verifier). */
	TokenResponse redeem() {
		String code = code();
		if (code == null) {
			throw new AssertionError("Not redirected back with a code: " + this.page.statusCode() + " " + uri() + " "
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

	private ProviderBrowser get(String url) {
		send(HttpRequest.newBuilder(resolve(url)).GET().build());
		return followRedirects();
	}

	/** Follows redirects, except the last one to the gateway (nobody listens there). */
	private ProviderBrowser followRedirects() {
		for (int hops = 0; this.page.statusCode() / 100 == 3 && code() == null; hops++) {
			if (hops == 20) {
				throw new AssertionError("Too many redirects, last " + uri());
			}
			String location = this.page.headers().firstValue("Location").orElseThrow();
			send(HttpRequest.newBuilder(resolve(location)).GET().build());
		}
		return this;
	}

	private URI resolve(String url) {
		return (this.page != null) ? this.page.uri().resolve(url) : URI.create(url);
	}

	private void send(HttpRequest request) {
		HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true)
			.timeout(Duration.ofSeconds(30));
		String path = request.uri().getPath();
		String cookie = this.cookies.entrySet()
			.stream()
			.filter((byPath) -> path.startsWith(byPath.getKey()))
			.flatMap((byPath) -> byPath.getValue().entrySet().stream())
			.map((each) -> each.getKey() + "=" + each.getValue())
			.collect(Collectors.joining("; "));
		if (!cookie.isEmpty()) {
			withCookies.header("Cookie", cookie);
		}
		try {
			this.page = this.http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		for (String header : this.page.headers().allValues("Set-Cookie")) {
			keep(header, path);
		}
	}

	private void keep(String header, String requestPath) {
		String[] parts = header.split(";");
		int equals = parts[0].indexOf('=');
		String name = parts[0].substring(0, equals).trim();
		String path = requestPath;
		for (String attribute : parts) {
			if (attribute.trim().toLowerCase().startsWith("path=")) {
				path = attribute.trim().substring(5);
			}
		}
		Map<String, String> jar = this.cookies.computeIfAbsent(path, (key) -> new LinkedHashMap<>());
		if (header.contains("Max-Age=0")) {
			jar.remove(name);
		}
		else {
			jar.put(name, parts[0].substring(equals + 1));
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
