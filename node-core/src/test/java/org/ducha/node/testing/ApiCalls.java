package org.ducha.node.testing;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REST calls of a test that looks at every answer, errors included, as JSON objects.
 */
public final class ApiCalls {

	private ApiCalls() {
	}

	/** Calls a route; an error answer is returned, not thrown. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static ResponseEntity<Map<String, Object>> call(RestClient client, HttpMethod method, String uri,
			Object body) {
		RestClient.RequestBodySpec spec = client.method(method).uri(uri);
		if (body != null) {
			spec.body(body);
		}
		ResponseEntity<Map> response = spec.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(Map.class);
		return new ResponseEntity<>((Map<String, Object>) response.getBody(), response.getStatusCode());
	}

	/**
	 * The body of a successful answer; fails the test, with the problem, on any other.
	 */
	public static Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
		return response.getBody();
	}

	/** The status of a GET. */
	public static int status(RestClient client, String uri) {
		return call(client, HttpMethod.GET, uri, null).getStatusCode().value();
	}

	/** The items of a page a GET answers. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> items(RestClient client, String uri) {
		return (List<Map<String, Object>>) ok(call(client, HttpMethod.GET, uri, null)).get("items");
	}

}
