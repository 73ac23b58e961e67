package org.ducha.node.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node's REST API as its demo supervisor calls it, for the federation stories: errors
 * come back as statuses, not exceptions, so that a refusal can be asserted.
 */
public final class SupervisorCalls {

	private SupervisorCalls() {
	}

	public static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	/** The id of a task's assignment to a unit, from the task as the API answered it. */
	@SuppressWarnings("unchecked")
	public static String assignmentOf(Map<String, Object> task, String unitCode) {
		return ((List<Map<String, Object>>) task.get("assignments")).stream()
			.filter((a) -> a.get("unitCode").equals(unitCode))
			.map((a) -> (String) a.get("id"))
			.findFirst()
			.orElseThrow();
	}

	public static ResponseEntity<String> post(TestNode node, String uri, Object body, Object... variables) {
		return supervisor(node).post()
			.uri(uri, variables)
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
	}

	public static int status(TestNode node, String uri, Object... variables) {
		return supervisor(node).get()
			.uri(uri, variables)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> assignment(TestNode node, String id) {
		return supervisor(node).get().uri("/api/v1/assignments/{id}", id).retrieve().body(Map.class);
	}

	/** Waits until a node holds an assignment with the expected status. */
	public static void awaitStatus(TestNode node, String assignmentId, String expected, Duration patience) {
		await().atMost(patience).untilAsserted(() -> {
			assertThat(status(node, "/api/v1/assignments/{id}", assignmentId)).isEqualTo(200);
			assertThat(assignment(node, assignmentId).get("status")).isEqualTo(expected);
		});
	}

}
