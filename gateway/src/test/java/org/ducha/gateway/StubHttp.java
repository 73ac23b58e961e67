package org.ducha.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the stub servers of the gateway's tests share about HTTP: reading a request's body
 * and form, answering JSON, redirecting.
 */
final class StubHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private StubHttp() {
	}

	static String body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A form's parameters, the last value of each. */
	static Map<String, String> form(String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		formValues(encoded).forEach((name, all) -> values.put(name, all.get(all.size() - 1)));
		return values;
	}

	/** A form with every value of each parameter (the exchange's audiences repeat). */
	static Map<String, List<String>> formValues(String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String pair : (encoded != null && !encoded.isEmpty()) ? encoded.split("&") : new String[0]) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return values;
	}

	static String encode(String value) {
		return URLEncoder.encode((value != null) ? value : "", StandardCharsets.UTF_8);
	}

	static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", URI.create(location).toString());
		exchange.sendResponseHeaders(302, -1);
	}

	static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
