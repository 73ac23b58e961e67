package org.ducha.node.accountability;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The ladder's REST API as a node's demo people call it, with small typed views of what
 * it answers; errors come back as statuses, not exceptions.
 */
final class LadderCalls {

	private LadderCalls() {
	}

	static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"));
	}

	/**
	 * A person as the API answers it.
	 *
	 * @param id id
	 * @param unitCode unit
	 * @param name name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record PersonView(String id, String unitCode, String name) {
	}

	/**
	 * A fact a step rests on.
	 *
	 * @param kind ASSIGNMENT, STEP, REPORT or NOTE
	 * @param refId the record
	 * @param label what it says
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record BasisView(String kind, String refId, String label) {
	}

	/**
	 * A proposal as the API answers it.
	 *
	 * @param id id
	 * @param kind rung
	 * @param status status
	 * @param unitCode unit
	 * @param personId person
	 * @param personName name
	 * @param rectificationDeadline notices' deadline
	 * @param basis basis
	 * @param stepId the step issued
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProposalView(String id, String kind, String status, String unitCode, String personId, String personName,
			String rectificationDeadline, List<BasisView> basis, String stepId) {
	}

	/**
	 * A step as the API answers it.
	 *
	 * @param id id
	 * @param kind rung
	 * @param issuingNode issuer
	 * @param revision the issuer's revision
	 * @param unitCode unit
	 * @param personId person
	 * @param personName name
	 * @param issuedOn date
	 * @param rectificationDeadline notices' deadline
	 * @param rectification notices' rectification state
	 * @param basis basis
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record StepView(String id, String kind, String issuingNode, long revision, String unitCode, String personId,
			String personName, String issuedOn, String rectificationDeadline, String rectification,
			List<BasisView> basis) {
	}

	/**
	 * A unit's or a person's record.
	 *
	 * @param unitCode unit
	 * @param unitName its name
	 * @param counts steps by rung
	 * @param steps the steps, latest first
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RecordView(String unitCode, String unitName, Map<String, Long> counts, List<Map<String, Object>> steps) {
	}

	/**
	 * A page.
	 *
	 * @param items items
	 * @param total how many in all
	 * @param <T> item type
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Page<T>(List<T> items, long total) {
	}

	static List<ProposalView> proposals(TestNode node, String statuses) {
		return supervisor(node).get()
			.uri("/api/v1/ladder/proposals?size=200&status={statuses}", statuses)
			.retrieve()
			.body(new ParameterizedTypeReference<Page<ProposalView>>() {
			})
			.items();
	}

	static RecordView unitRecord(TestNode node, String unitCode) {
		return supervisor(node).get().uri("/api/v1/units/{code}/record", unitCode).retrieve().body(RecordView.class);
	}

	static RecordView personRecord(TestNode node, String personId) {
		return supervisor(node).get().uri("/api/v1/people/{id}/record", personId).retrieve().body(RecordView.class);
	}

	static StepView step(TestNode node, String stepId) {
		return supervisor(node).get().uri("/api/v1/ladder/steps/{id}", stepId).retrieve().body(StepView.class);
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

	static int post(RestClient client, String uri, Object body, Object... variables) {
		return call(client, HttpMethod.POST, uri, body, variables).getStatusCode().value();
	}

	static int get(RestClient client, String uri, Object... variables) {
		return call(client, HttpMethod.GET, uri, null, variables).getStatusCode().value();
	}

}
