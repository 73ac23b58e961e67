package org.ducha.node.specialreport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Special reports over REST as a node's demo people call them, with small typed views of
 * what the API answers; errors come back as statuses, not exceptions.
 */
final class SpecialReportCalls {

	private SpecialReportCalls() {
	}

	static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), node.code(), "supervisor"));
	}

	static RestClient leader(TestNode node, String name) {
		return node.api(TestKeys.token(name, node.code(), node.code(), "leader"));
	}

	static RestClient as(TestNode node, String org, String unit, String role) {
		return node.api(TestKeys.token(role + "-" + unit, org, unit, role));
	}

	/** Calls a route; an error answer is returned, not thrown. */
	static <T> ResponseEntity<T> call(RestClient client, HttpMethod method, String uri, Object body, Class<T> type) {
		RestClient.RequestBodySpec spec = client.method(method).uri(uri);
		if (body != null) {
			spec.body(body);
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(type);
	}

	static int status(RestClient client, HttpMethod method, String uri, Object body) {
		return call(client, method, uri, body, String.class).getStatusCode().value();
	}

	/** The body of a successful answer; fails the test, with the status, on any other. */
	static <T> T ok(RestClient client, HttpMethod method, String uri, Object body, Class<T> type) {
		ResponseEntity<T> answer = call(client, method, uri, body, type);
		org.assertj.core.api.Assertions.assertThat(answer.getStatusCode().is2xxSuccessful())
			.as(method + " " + uri + " answered " + answer.getStatusCode())
			.isTrue();
		return answer.getBody();
	}

	/**
	 * A special report.
	 *
	 * @param id id
	 * @param title title
	 * @param status status
	 * @param items cited records' facts
	 * @param receipts who read it
	 * @param instructions instructions
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReportView(String id, String title, String status, List<FactsView> items, List<ReceiptView> receipts,
			List<InstructionView> instructions) {
	}

	/**
	 * A cited record's facts.
	 *
	 * @param kind kind
	 * @param id id
	 * @param headline headline
	 * @param state state
	 * @param detail detail
	 * @param available whether seen
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FactsView(String kind, String id, String headline, String state, String detail, boolean available) {
	}

	/**
	 * A read receipt.
	 *
	 * @param reader reader's name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReceiptView(String reader) {
	}

	/**
	 * An instruction.
	 *
	 * @param id id
	 * @param text text
	 * @param leader leader's name
	 * @param taskId the task it became
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record InstructionView(String id, String text, String leader, String taskId) {
	}

	/**
	 * A task as the API answers it, the fields read here.
	 *
	 * @param id id
	 * @param source source
	 * @param basis basis
	 * @param status status
	 * @param instruction the leader's instruction record
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TaskView(String id, String source, String basis, String status, InstructionRecord instruction) {
	}

	/**
	 * A task's instruction record.
	 *
	 * @param leader who
	 * @param text what
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record InstructionRecord(String leader, String text) {
	}

}
