package org.ducha.node.attachment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.NodeProperties;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments through the REST API of one city node: upload (stored once per content, 413
 * over the limit, 400 when empty), reports that reference them, and downloads only for
 * those who may read them — anyone else gets exactly the answer of a missing one.
 */
class AttachmentIntegrationTests {

	private static final int LIMIT = 300 * 1024;

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.property("ducha.attachments.max-size", LIMIT + "B")
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient as(String subject, String unit, String... roles) {
		return city.api(TestKeys.token(subject, "441700", unit, roles));
	}

	private static RestClient fgjHandler() {
		return as("li-fgj", "441700:fgj", "handler");
	}

	static MultiValueMap<String, Object> multipart(String name, byte[] bytes, String contentType) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(contentType));
		headers.setContentDispositionFormData("file", name);
		body.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(bytes), headers));
		return body;
	}

	private static ResponseEntity<Map<String, Object>> upload(RestClient client, String name, byte[] bytes) {
		return client.post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(multipart(name, bytes, "application/pdf"))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	private static ResponseEntity<byte[]> download(RestClient client, String sha256) {
		return client.get()
			.uri("/api/v1/attachments/{sha256}", sha256)
			.accept(MediaType.ALL)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(byte[].class);
	}

	private static ResponseEntity<Map<String, Object>> problem(RestClient client, String sha256) {
		return client.get()
			.uri("/api/v1/attachments/{sha256}", sha256)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new SplittableRandom(seed).nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> taskToFgj() {
		return IssuedTasks.issue(city,
				Map.of("title", "重点项目验收", "source", "ANNUAL_KEY_WORK", "type", "ROUTINE", "deadline",
						LocalDate.now().plusMonths(6).toString(), "assignees",
						List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))));
	}

	@SuppressWarnings("unchecked")
	private static String assignmentOf(Map<String, Object> task) {
		return (String) ((List<Map<String, Object>>) task.get("assignments")).get(0).get("id");
	}

	private static ResponseEntity<Map<String, Object>> report(String assignmentId, Object attachments) {
		fgjHandler().post()
			.uri("/api/v1/assignments/{id}/sign", assignmentId)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toBodilessEntity();
		return fgjHandler().post()
			.uri("/api/v1/assignments/{id}/reports", assignmentId)
			.body(Map.of("percentComplete", 30, "progress", "已完成初验", "attachments", attachments))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	@Test
	void answersTheHashOfAnUploadAndStoresTheSameContentOnce() throws Exception {
		byte[] content = bytes(100_000, 11);
		ResponseEntity<Map<String, Object>> first = upload(fgjHandler(), "验收报告.pdf", content);
		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(first.getBody()).containsEntry("sha256", sha256(content))
			.containsEntry("size", content.length)
			.containsEntry("contentType", "application/pdf")
			.containsEntry("name", "验收报告.pdf");
		assertThat(first.getHeaders().getLocation()).hasPath("/api/v1/attachments/" + sha256(content));

		ResponseEntity<Map<String, Object>> again = upload(as("wang-fgj", "441700:fgj", "unit-head"), "副本.pdf",
				content);
		assertThat(again.getStatusCode().value()).isEqualTo(201);
		assertThat(again.getBody()).containsEntry("sha256", sha256(content)).containsEntry("name", "副本.pdf");

		Path folder = city.bean(NodeProperties.class)
			.getDataDir()
			.resolve("attachments")
			.resolve(sha256(content).substring(0, 2));
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.filter((file) -> file.getFileName().toString().equals(sha256(content)))).hasSize(1);
		}
		assertThat(city.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM attachment WHERE sha256 = ?")
			.param(sha256(content))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAnUploadOverTheLimitWith413AndAnEmptyOneWith400() {
		assertThat(upload(fgjHandler(), "exactly.pdf", bytes(LIMIT, 12)).getStatusCode().value()).isEqualTo(201);
		ResponseEntity<Map<String, Object>> tooLarge = upload(fgjHandler(), "big.pdf", bytes(LIMIT + 1, 13));
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		assertThat(tooLarge.getBody()).containsEntry("code", "too-large");
		ResponseEntity<Map<String, Object>> empty = upload(fgjHandler(), "empty.pdf", new byte[0]);
		assertThat(empty.getStatusCode().value()).isEqualTo(400);
		assertThat(empty.getBody()).containsEntry("code", "invalid");
		int withoutFile = fgjHandler().post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new LinkedMultiValueMap<>(Map.of("other", List.of("x"))))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(withoutFile).isEqualTo(400);
	}

	@Test
	void answers413AlsoToAnUploadManyTimesTheLimit() {
		ResponseEntity<Map<String, Object>> farTooLarge = upload(fgjHandler(), "huge.pdf", bytes(12 * LIMIT, 20));
		assertThat(farTooLarge.getStatusCode().value()).isEqualTo(413);
		assertThat(farTooLarge.getBody()).containsEntry("code", "too-large");
	}

	@Test
	void onlyPeopleWhoMayReportUpload() {
		byte[] content = bytes(10, 14);
		assertThat(upload(as("obs", "441700", "observer"), "a.pdf", content).getStatusCode().value()).isEqualTo(403);
		assertThat(upload(as("admin", "441700", "sysadmin"), "a.pdf", content).getStatusCode().value()).isEqualTo(403);
		assertThat(upload(city.api(TestKeys.token("chen", "441702", "441702:jyj", "handler")), "a.pdf", content)
			.getStatusCode()
			.value()).as("a county's handler at the city").isIn(401, 403);
	}

	@Test
	void theUploaderItsUnitAndTheNodesSupervisorsReadAnUploadAndNobodyElse() throws Exception {
		byte[] content = bytes(5_000, 15);
		String sha256 = sha256(content);
		upload(fgjHandler(), "整改方案.pdf", content);

		ResponseEntity<byte[]> own = download(fgjHandler(), sha256);
		assertThat(own.getStatusCode().value()).isEqualTo(200);
		assertThat(own.getBody()).isEqualTo(content);
		assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(own.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(own.getHeaders().getFirst("Content-Disposition"))
			.isEqualTo("attachment; filename=\"____.pdf\"; filename*=UTF-8''"
					+ java.net.URLEncoder.encode("整改方案", StandardCharsets.UTF_8) + ".pdf");
		assertThat(download(as("wang-fgj", "441700:fgj", "handler"), sha256).getStatusCode().value()).isEqualTo(200);
		assertThat(download(as("zhang", "441700", "supervisor"), sha256).getStatusCode().value()).isEqualTo(200);

		String missing = sha256(bytes(5_000, 16));
		for (RestClient outsider : List.of(as("zhao-jyj", "441700:jyj", "handler"),
				as("admin", "441700", "sysadmin"))) {
			ResponseEntity<Map<String, Object>> hidden = problem(outsider, sha256);
			ResponseEntity<Map<String, Object>> absent = problem(outsider, missing);
			assertThat(hidden.getStatusCode().value()).isEqualTo(404);
			assertThat(absent.getStatusCode().value()).isEqualTo(404);
			assertThat(hidden.getBody().get("detail").toString().replace(sha256, "?"))
				.isEqualTo(absent.getBody().get("detail").toString().replace(missing, "?"));
		}
		// an invited observer reads invited objects only: no download, whether it exists
		// or
		// not
		assertThat(problem(as("obs", "441700", "observer"), sha256).getStatusCode().value()).isEqualTo(403);
		assertThat(problem(as("obs", "441700", "observer"), missing).getStatusCode().value()).isEqualTo(403);
		assertThat(problem(fgjHandler(), "not-a-hash").getStatusCode().value()).isEqualTo(404);
		assertThat(city.anonymous()
			.get()
			.uri("/api/v1/attachments/{sha256}", sha256)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReportReferencesUploadedAttachmentsAndWhoeverSeesItsTaskReadsThem() throws Exception {
		byte[] content = bytes(20_000, 17);
		String sha256 = sha256(content);
		upload(fgjHandler(), "scan.pdf", content);
		Map<String, Object> task = taskToFgj();
		ResponseEntity<Map<String, Object>> written = report(assignmentOf(task),
				List.of(Map.of("sha256", sha256, "name", "验收报告.pdf")));
		assertThat(written.getStatusCode().value()).isEqualTo(201);
		assertThat((List<Map<String, Object>>) written.getBody().get("attachments")).singleElement()
			.satisfies((a) -> assertThat(a).containsEntry("sha256", sha256)
				.containsEntry("name", "验收报告.pdf")
				.containsEntry("size", content.length)
				.containsEntry("contentType", "application/pdf"));

		List<Map<String, Object>> reports = as("zhang", "441700", "supervisor").get()
			.uri("/api/v1/tasks/{id}/reports", task.get("id"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat((List<Map<String, Object>>) reports.get(0).get("attachments")).extracting((a) -> a.get("sha256"))
			.containsExactly(sha256);

		RestClient leader = as("liu", "441700", "leader");
		ResponseEntity<byte[]> read = download(leader, sha256);
		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(read.getBody()).isEqualTo(content);
		assertThat(read.getHeaders().getFirst("Content-Disposition"))
			.contains("filename*=UTF-8''" + java.net.URLEncoder.encode("验收报告", StandardCharsets.UTF_8) + ".pdf");
		assertThat(download(as("zhao-jyj", "441700:jyj", "handler"), sha256).getStatusCode().value())
			.as("a unit without a part in the task")
			.isEqualTo(404);
	}

	@Test
	void aReportMayReferenceOnlyAttachmentsStoredHereForTheReporter() throws Exception {
		Map<String, Object> task = taskToFgj();
		String unknown = sha256(bytes(10, 18));
		assertThat(report(assignmentOf(task), List.of(Map.of("sha256", unknown))).getStatusCode().value())
			.isEqualTo(400);
		assertThat(report(assignmentOf(task), List.of(Map.of("sha256", "123"))).getStatusCode().value()).isEqualTo(400);
		byte[] othersContent = bytes(10, 19);
		upload(as("zhao-jyj", "441700:jyj", "handler"), "jyj.pdf", othersContent);
		ResponseEntity<Map<String, Object>> borrowed = report(assignmentOf(task),
				List.of(Map.of("sha256", sha256(othersContent))));
		assertThat(borrowed.getStatusCode().value()).as("another unit's upload is not the reporter's to reference")
			.isEqualTo(400);
		assertThat(borrowed.getBody().get("detail").toString()).contains("No attachment");
	}

}
