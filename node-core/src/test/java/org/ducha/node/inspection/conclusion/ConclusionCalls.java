package org.ducha.node.inspection.conclusion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The conclusions' REST API as a node's people call it, with a small typed view of a
 * conclusion; errors come back as statuses, not exceptions. Plans are written as rows, as
 * a planning node would hold them, so that these tests depend only on the plan's read
 * port.
 */
final class ConclusionCalls {

	private ConclusionCalls() {
	}

	static RestClient as(TestNode node, String username, String unitCode, String... roles) {
		return node.api(TestKeys.token(username, node.code(), unitCode, roles));
	}

	/**
	 * A conclusion as the API answers it.
	 *
	 * @param id id
	 * @param planId plan
	 * @param unitCode unit
	 * @param state state
	 * @param text text as issued
	 * @param textInForce text in force
	 * @param signedOn day of signing
	 * @param objectionClosesOn last day to object
	 * @param reviewDueOn last day of the review
	 * @param review the review
	 * @param remindedDaysBefore reminders sent
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConclusionView(String id, String planId, String unitCode, String state, String text, String textInForce,
			String signedOn, String objectionClosesOn, String reviewDueOn, Map<String, Object> review,
			List<Integer> remindedDaysBefore) {
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

	static ConclusionView draft(RestClient supervisor, String planId, String unitCode, String text) {
		return supervisor.post()
			.uri("/api/v1/inspections/plans/{id}/conclusions", planId)
			.body(Map.of("unitCode", unitCode, "text", text))
			.retrieve()
			.body(ConclusionView.class);
	}

	static ConclusionView step(RestClient client, String id, String step, Object body) {
		return client.post()
			.uri("/api/v1/conclusions/{id}/" + step, id)
			.body((body != null) ? body : Map.of())
			.retrieve()
			.body(ConclusionView.class);
	}

	static ConclusionView get(RestClient client, String id) {
		return client.get().uri("/api/v1/conclusions/{id}", id).retrieve().body(ConclusionView.class);
	}

	/**
	 * Writes a plan of this node as the plans feature stores it.
	 * @return its id
	 */
	static String plan(TestNode node, boolean unannounced, String status, List<String> objects, String draftedBy,
			String approvedBy, List<String> team) {
		String id = UUID.randomUUID().toString();
		JdbcClient jdbc = node.bean(JdbcClient.class);
		jdbc.sql("INSERT INTO inspection_plan (id, planning_node, planning_node_name, title, kind, methods, "
				+ "unannounced, starts_on, ends_on, basis_kind, status, drafted_by, drafted_at, approved_by, version) "
				+ "VALUES (?, ?, ?, ?, 'SPECIAL', ?, ?, ?, ?, 'LEADER_INSTRUCTION', ?, ?, ?, ?, 1)")
			.params(id, node.code(), node.code(), "专项督查",
					unannounced ? "SITE_VISITS,UNANNOUNCED_VISITS" : "SITE_VISITS", unannounced,
					LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), status, draftedBy,
					Timestamp.from(Instant.parse("2026-01-10T01:00:00Z")), approvedBy)
			.update();
		for (int i = 0; i < objects.size(); i++) {
			jdbc.sql("INSERT INTO inspection_plan_object (plan_id, position, unit_code, unit_name) VALUES (?, ?, ?, ?)")
				.params(id, i, objects.get(i), objects.get(i))
				.update();
		}
		for (int i = 0; i < team.size(); i++) {
			jdbc.sql("INSERT INTO inspection_plan_team (plan_id, position, username) VALUES (?, ?, ?)")
				.params(id, i, team.get(i))
				.update();
		}
		return id;
	}

}
