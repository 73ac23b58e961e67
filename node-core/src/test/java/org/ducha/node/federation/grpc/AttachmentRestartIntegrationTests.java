package org.ducha.node.federation.grpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ducha.node.NodeLevel;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.federation.LinkOperations;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push queued with a report survives the reporting node's restart: the county reports
 * with an attachment while its link is paused, stops, starts again on the same database
 * and data folder, and once the link is resumed the bytes reach the city.
 */
class AttachmentRestartIntegrationTests {

	@TempDir
	Path countyData;

	private TestNode city;

	private TestNode county;

	@AfterEach
	void stop() {
		if (this.county != null) {
			this.county.close();
		}
		if (this.city != null) {
			this.city.close();
		}
	}

	private static TestNode.Builder fast(TestNode.Builder builder) {
		return builder.property("ducha.security.local-jwt.private-key", TestKeys.dir().resolve("jwt.key").toString())
			.property("ducha.security.links.require-node-token", "true")
			.property("ducha.federation.client.initial-backoff", "200ms")
			.property("ducha.federation.client.max-backoff", "1s")
			.property("ducha.attachments.push.poll-interval", "200ms")
			.property("ducha.attachments.push.initial-backoff", "200ms");
	}

	private TestNode startCounty(String schema) {
		TestNode.Builder builder = fast(TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.parent("441700", this.city.linkAddress())
			.property("ducha.node.data-dir", this.countyData.toString()));
		return ((schema != null) ? builder.schema(schema) : builder).start();
	}

	private static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	private static int status(RestClient client, String uri, Object... variables) {
		return client.get()
			.uri(uri, variables)
			.accept(MediaType.ALL)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aQueuedPushSurvivesTheCountysRestart() {
		this.city = fast(TestNode.node("441700", NodeLevel.CITY).name("阳江市").children("441704")).start();
		this.county = startCounty(null);
		Map<String, Object> task = IssuedTasks.issue(this.city,
				Map.of("title", "校舍安全排查", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
						LocalDate.now().plusMonths(1).toString(), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
		String assignmentId = (String) ((List<Map<String, Object>>) task.get("assignments")).get(0).get("id");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> status(supervisor(this.county), "/api/v1/tasks/{id}", task.get("id")) == 200);
		supervisor(this.county).post().uri("/api/v1/assignments/{id}/sign", assignmentId).retrieve().toBodilessEntity();
		this.county.bean(LinkOperations.class).pause("441700", "test");

		byte[] content = new byte[3 * AttachmentRpc.CHUNK_BYTES];
		new SplittableRandom(31).nextBytes(content);
		String sha256 = AttachmentTransferIntegrationTests.sha256(content);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDispositionFormData("file", "排查表.pdf");
		body.add("file", new HttpEntity<>(new ByteArrayResource(content), headers));
		supervisor(this.county).post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.toBodilessEntity();
		supervisor(this.county).post()
			.uri("/api/v1/assignments/{id}/reports", assignmentId)
			.body(Map.of("percentComplete", 50, "progress", "已排查一半", "attachments", List.of(Map.of("sha256", sha256))))
			.retrieve()
			.toBodilessEntity();
		assertThat(this.county.bean(AttachmentTransfers.class).pushState(new Sha256(sha256), "441700"))
			.contains("PENDING");

		String schema = this.county.schema();
		this.county.close();
		this.county = null;
		assertThat(Files.exists(this.countyData.resolve("attachments").resolve(sha256.substring(0, 2)).resolve(sha256)))
			.isTrue();
		this.county = startCounty(schema);
		this.county.bean(LinkOperations.class).resume("441700", "test");

		await().atMost(Duration.ofSeconds(60))
			.until(() -> status(supervisor(this.city), "/api/v1/attachments/{sha256}", sha256) == 200);
		byte[] atCity = supervisor(this.city).get()
			.uri("/api/v1/attachments/{sha256}", sha256)
			.accept(MediaType.ALL)
			.retrieve()
			.body(byte[].class);
		assertThat(atCity).isEqualTo(content);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.county.bean(AttachmentTransfers.class).pushState(new Sha256(sha256), "441700"))
				.contains("DONE"));
	}

}
