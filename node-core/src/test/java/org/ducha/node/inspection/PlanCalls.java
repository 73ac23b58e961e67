package org.ducha.node.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The inspection plans' REST API as a node's demo people call it, with small typed views
 * of what it answers, and a look into a node's database for any trace of a plan.
 */
final class PlanCalls {

	private PlanCalls() {
	}

	static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"));
	}

	/**
	 * A plan as the API answers it.
	 *
	 * @param id id
	 * @param planningNode planner
	 * @param title title
	 * @param unannounced whether unannounced
	 * @param status status
	 * @param team the team
	 * @param duplicateReason why it goes on although warned
	 * @param duplicates the warning
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record PlanView(String id, String planningNode, String title, boolean unannounced, String status, List<String> team,
			String duplicateReason, List<DuplicateView> duplicates) {
	}

	/**
	 * An announced plan a warning names.
	 *
	 * @param id id
	 * @param planningNode planner
	 * @param title title
	 * @param commonUnits the units in common
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DuplicateView(String id, String planningNode, String title, List<String> commonUnits) {
	}

	/** A plan's body as a supervisor writes it. */
	static Map<String, Object> plan(String title, List<String> methods, String from, String to, String... objects) {
		return Map.of("title", title, "kind", "SPECIAL", "methods", methods, "startsOn", from, "endsOn", to, "objects",
				List.of(objects), "team", List.of("督查员甲", "督查员乙"), "basisKind", "ANNUAL_PRIORITY", "basisText",
				"2026年重点工作");
	}

	static PlanView draft(TestNode node, Map<String, Object> body) {
		return supervisor(node).post().uri("/api/v1/inspections/plans").body(body).retrieve().body(PlanView.class);
	}

	static PlanView step(RestClient client, String id, String step, Object body) {
		return client.post()
			.uri("/api/v1/inspections/plans/{id}/{step}", id, step)
			.body((body != null) ? body : Map.of())
			.retrieve()
			.body(PlanView.class);
	}

	/** Submitted by the node's supervisor and approved by its leader. */
	static PlanView approved(TestNode node, String id) {
		step(supervisor(node), id, "submit", null);
		return step(leader(node), id, "approve", null);
	}

	/** Calls a route; an error answer is returned, not thrown. */
	static ResponseEntity<String> call(RestClient client, HttpMethod method, String uri, Object body,
			Object... variables) {
		RestClient.RequestBodySpec spec = client.method(method).uri(uri, variables);
		if (body != null) {
			spec.body(body);
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, (request, response) -> {
		}).toEntity(String.class);
	}

	static ResponseEntity<String> get(TestNode node, String id) {
		return call(supervisor(node), HttpMethod.GET, "/api/v1/inspections/plans/{id}", null, id);
	}

	/**
	 * Every column of the node's database that holds the text somewhere, as
	 * {@code table.column}: its text columns and its binary ones (an outbox entry's
	 * bytes).
	 */
	static List<String> tracesOf(TestNode node, String text) {
		JdbcClient jdbc = node.bean(JdbcClient.class);
		List<Map<String, Object>> columns = jdbc
			.sql("SELECT table_name AS t, column_name AS c FROM information_schema.columns "
					+ "WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', "
					+ "'longtext', 'tinytext', 'blob', 'mediumblob', 'longblob', 'tinyblob', 'varbinary', 'binary')")
			.query()
			.listOfRows();
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = String.valueOf(column.get("t"));
			String name = String.valueOf(column.get("c"));
			long hits = jdbc
				.sql("SELECT COUNT(*) FROM `" + table + "` WHERE INSTR(CAST(`" + name + "` AS BINARY), "
						+ "CAST(? AS BINARY)) > 0")
				.param(text)
				.query(Long.class)
				.single();
			if (hits > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

}
