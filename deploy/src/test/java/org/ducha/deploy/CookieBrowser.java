package org.ducha.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser as far as servers can tell, over plain HTTP: it keeps cookies,
 * follows redirects, and fills in the form of the page it shows (Keycloak's sign-in).
 * Cookies are kept by name for the loopback host, as a browser does across ports,
 * including the {@code Secure} ones Keycloak sets on http://127.0.0.1 (browsers accept
 * those on loopback, {@link java.net.CookieManager} does not).
 */
final class CookieBrowser {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final List<HttpResponse<String>> seen = new ArrayList<>();

	private HttpResponse<String> page;

	/** Opens a URL and follows its redirects to the page they end on. */
	HttpResponse<String> open(String url, String... headers) {
		this.page = follow(send(request(url, headers).GET().build()));
		return this.page;
	}

	/** A GET that does not follow redirects. */
	HttpResponse<String> get(String url, String... headers) {
		return send(request(url, headers).GET().build());
	}

	/** A POST with an empty body that does not follow redirects. */
	HttpResponse<String> post(String url, String... headers) {
		return send(request(url, headers).POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	/** A POST of a JSON body that does not follow redirects. */
	HttpResponse<String> postJson(String url, String json, String... headers) {
		return send(request(url, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** Submits the form of the current page and follows the redirects that answer it. */
	HttpResponse<String> submit(Map<String, String> fields) {
		Matcher action = FORM_ACTION.matcher(this.page.body());
		if (!action.find()) {
			throw new AssertionError("No form on the page " + this.page.uri() + ":\n" + this.page.body());
		}
		URI target = this.page.uri().resolve(action.group(1).replace("&amp;", "&"));
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		this.page = follow(send(HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()));
		return this.page;
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	/**
	 * Every response from a server whose URL starts so: headers and body, for searching.
	 */
	String everythingSeenFrom(String baseUrl) {
		StringBuilder all = new StringBuilder();
		for (HttpResponse<String> response : this.seen) {
			if (response.uri().toString().startsWith(baseUrl)) {
				all.append(response.statusCode()).append(' ').append(response.uri()).append('\n');
				response.headers()
					.map()
					.forEach((name, values) -> all.append(name).append(": ").append(values).append('\n'));
				all.append(response.body()).append("\n\n");
			}
		}
		return all.toString();
	}

	private HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			current = send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30)).GET().build());
		}
		return current;
	}

	private static HttpRequest.Builder request(String url, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
		if (!this.cookies.isEmpty() && request.headers().firstValue("Cookie").isEmpty()) {
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
				String value = pair.substring(equals + 1);
				if (value.isEmpty() || header.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			this.seen.add(response);
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
