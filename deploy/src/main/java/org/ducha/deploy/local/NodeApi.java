package org.ducha.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a node's REST API with a token; a refusal fails with what the node said.
 */
public final class NodeApi {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	public NodeApi(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public JsonNode get(String token, String path) {
		return send(token, "GET", path, null);
	}

	public JsonNode post(String token, String path, Object body) {
		return send(token, "POST", path, body);
	}

	/** The status of a call (a null token: anonymous), without failing on an error. */
	public int status(String token, String method, String path, Object body) {
		return exchange(token, method, path, body).statusCode();
	}

	private JsonNode send(String token, String method, String path, Object body) {
		HttpResponse<String> response = exchange(token, method, path, body);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					method + " " + this.baseUrl + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
	}

	private HttpResponse<String> exchange(String token, String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + this.baseUrl + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
