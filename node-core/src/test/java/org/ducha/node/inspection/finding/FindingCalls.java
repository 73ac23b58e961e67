package org.ducha.node.inspection.finding;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Findings and rectification over REST as a node's demo people call them, with small
 * typed views of what the API answers; errors come back as statuses, not exceptions.
 */
final class FindingCalls {

	private FindingCalls() {
	}

	static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	static RestClient handlerOf(TestNode node, String unitCode) {
		return node.api(TestKeys.token("handler-" + unitCode, node.code(), unitCode, "handler"));
	}

	static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"));
	}

	/**
	 * A finding.
	 *
	 * @param id id
	 * @param planId plan
	 * @param content what was found
	 * @param evidence attachments
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FindingView(String id, String planId, String content, List<AttachmentView> evidence) {
	}

	/**
	 * An attachment a record shows.
	 *
	 * @param sha256 address
	 * @param name file name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AttachmentView(String sha256, String name) {
	}

	/**
	 * A requirement.
	 *
	 * @param id id
	 * @param issuingNode issuer
	 * @param revision revision
	 * @param unitCode unit
	 * @param requirement what is required
	 * @param deadline due day
	 * @param state where it stands
	 * @param reports the unit's reports
	 * @param verifications verifications
	 * @param visits return visits
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RectificationView(String id, String issuingNode, long revision, String unitCode, String requirement,
			String deadline, String state, List<ReportView> reports, List<Object> verifications, List<Object> visits) {
	}

	/**
	 * A unit's report.
	 *
	 * @param id id
	 * @param content what was rectified
	 * @param attachments attachments
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReportView(String id, String content, List<AttachmentView> attachments) {
	}

	static RectificationView rectification(RestClient client, String id) {
		return client.get().uri("/api/v1/rectifications/{id}", id).retrieve().body(RectificationView.class);
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

	static ResponseEntity<String> post(RestClient client, String uri, Object body, Object... variables) {
		return call(client, HttpMethod.POST, uri, body, variables);
	}

	static int get(RestClient client, String uri, Object... variables) {
		return call(client, HttpMethod.GET, uri, null, variables).getStatusCode().value();
	}

}
