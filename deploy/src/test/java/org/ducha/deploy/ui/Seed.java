package org.ducha.deploy.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Data a browser test needs but does not test, written through the node's API with the
 * demo users' Keycloak tokens: what the people in the story would have done earlier.
 */
final class Seed {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DuchaKeycloak keycloak;

	private final TestNode node;

	Seed(DuchaKeycloak keycloak, TestNode node) {
		this.keycloak = keycloak;
		this.node = node;
	}

	/**
	 * A task of the node's supervisor to one lead unit, approved by the node's leader.
	 * @return the issued task
	 */
	JsonNode issuedTask(String title, String leadUnit, LocalDate deadline, boolean published) {
		String code = this.node.code();
		JsonNode draft = call("supervisor-" + code, "POST", "/api/v1/tasks",
				Map.of("title", title, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline", deadline.toString(),
						"published", published, "assignees", List.of(Map.of("unitCode", leadUnit, "role", "LEAD"))));
		String id = draft.path("id").asString();
		call("supervisor-" + code, "POST", "/api/v1/tasks/" + id + "/submit", null);
		return call("leader-" + code, "POST", "/api/v1/tasks/" + id + "/approve", null);
	}

	/**
	 * A task of the node's supervisor to a lead unit and a co-unit, approved by the
	 * node's leader.
	 * @return the issued task
	 */
	JsonNode issuedTask(String title, String leadUnit, String coUnit, LocalDate deadline) {
		String code = this.node.code();
		JsonNode draft = call("supervisor-" + code, "POST", "/api/v1/tasks", Map.of("title", title, "source",
				"MAJOR_DECISION", "type", "SPECIAL", "deadline", deadline.toString(), "assignees",
				List.of(Map.of("unitCode", leadUnit, "role", "LEAD"), Map.of("unitCode", coUnit, "role", "CO"))));
		String id = draft.path("id").asString();
		call("supervisor-" + code, "POST", "/api/v1/tasks/" + id + "/submit", null);
		return call("leader-" + code, "POST", "/api/v1/tasks/" + id + "/approve", null);
	}

	/** The id of an issued task's assignment to a unit. */
	static String assignmentOf(JsonNode task, String unitCode) {
		for (JsonNode assignment : task.path("assignments")) {
			if (unitCode.equals(assignment.path("unitCode").asString())) {
				return assignment.path("id").asString();
			}
		}
		throw new IllegalArgumentException("No assignment of unit " + unitCode + " in " + task);
	}

	/**
	 * A person recorded for one of the node's units and named to a post of it, by the
	 * node's supervisor.
	 * @return the person's id
	 */
	String personInCharge(String unit, String name, String title, String role, LocalDate from) {
		String supervisor = "supervisor-" + this.node.code();
		String id = call(supervisor, "POST", "/api/v1/units/" + unit + "/people", Map.of("name", name, "title", title))
			.path("id")
			.asString();
		call(supervisor, "POST", "/api/v1/units/" + unit + "/charges",
				Map.of("role", role, "personId", id, "from", from.toString()));
		return id;
	}

	/** The id of an issued task's first (here: only) assignment. */
	static String assignmentOf(JsonNode task) {
		return task.path("assignments").path(0).path("id").asString();
	}

	private JsonNode call(String username, String method, String path, Object body) {
		RestClient.RequestBodySpec request = this.node.api(this.keycloak.token(username).value())
			.method(HttpMethod.valueOf(method))
			.uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		String answer = request.retrieve().body(String.class);
		return json.readTree((answer != null) ? answer : "{}");
	}

}
