package org.ducha.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A browser as far as the gateway can tell, over plain HTTP: it keeps cookies (by name,
 * for the loopback host, as a browser does across ports), follows redirects when asked,
 * and remembers every response it saw so a test can look for tokens in any of them.
 */
final class Browser {

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final List<HttpResponse<String>> seen = new CopyOnWriteArrayList<>();

	Browser(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A GET, not following redirects. */
	HttpResponse<String> get(String pathOrUrl, String... headers) {
		return send(request(pathOrUrl, headers).GET().build());
	}

	/** A POST with a JSON body, not following redirects. */
	HttpResponse<String> post(String path, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Follows the redirects of a response, as a browser does, to the final page. */
	HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
			String location = current.headers().firstValue("Location").orElseThrow();
			current = get(current.uri().resolve(location).toString());
		}
		return current;
	}

	/** Signs in through the gateway (whoever the identity provider signs in next). */
	HttpResponse<String> signIn() {
		return follow(get("/oauth2/authorization/keycloak"));
	}

	/** The CSRF token the JavaScript UI reads from its cookie. */
	String csrfToken() {
		return this.cookies.get("XSRF-TOKEN");
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	Map<String, String> cookies() {
		return Map.copyOf(this.cookies);
	}

	/** Every response so far: status line, headers and body, for searching. */
	String everythingSeen() {
		StringBuilder all = new StringBuilder();
		for (HttpResponse<String> response : this.seen) {
			all.append(response.statusCode()).append(' ').append(response.uri()).append('\n');
			response.headers()
				.map()
				.forEach((name, values) -> all.append(name).append(": ").append(values).append('\n'));
			all.append(response.body()).append("\n\n");
		}
		return all.toString();
	}

	/** Every Set-Cookie header the gateway sent. */
	List<String> setCookies() {
		return this.seen.stream()
			.filter((response) -> response.uri().toString().startsWith(this.base))
			.flatMap((response) -> response.headers().allValues("Set-Cookie").stream())
			.toList();
	}

	private HttpRequest.Builder request(String pathOrUrl, String... headers) {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
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

}
