package org.ducha.node.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Calls a node's dashboards as a new user of a unit with roles.
 */
final class DashboardClient {

	private final RestClient client;

	private DashboardClient(RestClient client) {
		this.client = client;
	}

	static DashboardClient of(TestNode node, String orgCode, String unitCode, String... roles) {
		return new DashboardClient(node.api(TestKeys.token(UUID.randomUUID().toString(), orgCode, unitCode, roles)));
	}

	/** The JSON body of a successful GET. */
	Map<String, Object> get(String uri) {
		return this.client.get().uri(uri).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	int status(String uri) {
		return reply(uri).status();
	}

	/** The status and body of a GET, whatever the status. */
	Reply reply(String uri) {
		ResponseEntity<String> response = this.client.get()
			.uri(uri)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		return new Reply(response.getStatusCode().value(), response.getBody());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> body, String key) {
		return (Map<String, Object>) body.get(key);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

	record Reply(int status, String body) {
	}

}
