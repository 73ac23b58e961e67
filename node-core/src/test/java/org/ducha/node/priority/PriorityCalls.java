package org.ducha.node.priority;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annual priorities over REST as a node's demo people call them, with small typed views;
 * errors come back as statuses, not exceptions.
 */
final class PriorityCalls {

	private PriorityCalls() {
	}

	static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), node.code(), "supervisor"));
	}

	static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), node.code(), "leader"));
	}

	static int status(RestClient client, HttpMethod method, String uri, Object body) {
		RestClient.RequestBodySpec spec = client.method(method).uri(uri);
		if (body != null) {
			spec.body(body);
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	static PrioritiesView ok(RestClient client, HttpMethod method, String uri, Object body) {
		RestClient.RequestBodySpec spec = client.method(method).uri(uri);
		if (body != null) {
			spec.body(body);
		}
		ResponseEntity<PrioritiesView> answer = spec.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(PrioritiesView.class);
		assertThat(answer.getStatusCode().is2xxSuccessful()).as(method + " " + uri + ": " + answer.getStatusCode())
			.isTrue();
		return answer.getBody();
	}

	static List<PrioritiesView> list(RestClient client, int year) {
		return client.get().uri("/api/v1/priorities?year=" + year).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	/**
	 * A node's priorities.
	 *
	 * @param id id
	 * @param nodeCode whose
	 * @param year year
	 * @param status status
	 * @param own whether the caller's node's
	 * @param items items with links
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record PrioritiesView(String id, String nodeCode, int year, String status, boolean own, List<ItemView> items) {
	}

	/**
	 * One priority.
	 *
	 * @param id id
	 * @param title title
	 * @param links linked tasks and plans
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ItemView(String id, String title, List<LinkView> links) {
	}

	/**
	 * A link.
	 *
	 * @param kind TASK or PLAN
	 * @param id its id
	 * @param title its title
	 * @param state its status
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record LinkView(String kind, String id, String title, String state) {
	}

}
