package org.ducha.node.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One city node on its own: tasks to its own departments, signing, reporting and alerts
 * through the REST API, with the callers' scopes.
 */
class SingleNodeIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient as(String subject, String unit, String... roles) {
		return city.api(TestKeys.token(subject, "441700", unit, roles));
	}

	private static Map<String, Object> issueToDepartments() {
		return IssuedTasks.issue(as("zhang", "441700:dcs", "supervisor"), as("wei", "441700", "leader"),
				Map.of("title", "推进重点项目建设", "content", "按季度报告进展", "source", "ANNUAL_KEY_WORK", "type", "ROUTINE",
						"deadline", LocalDate.now().plusMonths(6).toString(), "assignees",
						List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"),
								Map.of("unitCode", "441700:jyj", "role", "CO"))));
	}

	@Test
	void reportsHealthWithoutToken() {
		String health = city.anonymous().get().uri("/actuator/health").retrieve().body(String.class);
		assertThat(health).contains("\"status\":\"UP\"");
	}

	@Test
	void servesItsOpenApiDocumentWithoutToken() {
		String document = city.anonymous().get().uri("/v3/api-docs").retrieve().body(String.class);
		assertThat(document).contains("\"openapi\"").contains("/api/v1/tasks").contains("/api/v1/federation/links");
	}

	@Test
	void refusesApiCallsWithoutToken() {
		ResponseEntity<String> response = city.anonymous()
			.get()
			.uri("/api/v1/tasks")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getBody()).contains("\"code\":\"unauthenticated\"");
	}

	@Test
	void issuesATaskWithAHumanNumberAndOneAssignmentPerUnit() {
		Map<String, Object> task = issueToDepartments();
		assertThat((String) task.get("number")).matches("阳督〔\\d{4}〕\\d+号");
		assertThat(task.get("status")).isEqualTo("ISSUED");
		assertThat((List<?>) task.get("assignments")).hasSize(2);
	}

	@Test
	void aHandlerSignsAndReportsOnItsOwnUnitsAssignment() {
		Map<String, Object> task = issueToDepartments();
		String assignment = assignmentOf(task, "441700:fgj");
		Map<?, ?> signed = as("li", "441700:fgj", "handler").post()
			.uri("/api/v1/assignments/{id}/sign", assignment)
			.retrieve()
			.body(Map.class);
		assertThat(signed.get("status")).isEqualTo("SIGNED");
		Map<?, ?> report = as("li", "441700:fgj", "handler").post()
			.uri("/api/v1/assignments/{id}/reports", assignment)
			.body(Map.of("percentComplete", 30, "progress", "已完成立项", "measures", "成立专班"))
			.retrieve()
			.body(Map.class);
		assertThat(report.get("unitCode")).isEqualTo("441700:fgj");
		Map<?, ?> detail = as("zhang", "441700:dcs", "supervisor").get()
			.uri("/api/v1/tasks/{id}", task.get("id"))
			.retrieve()
			.body(Map.class);
		assertThat((List<Map<String, Object>>) detail.get("assignments"))
			.filteredOn((a) -> a.get("unitCode").equals("441700:fgj"))
			.singleElement()
			.satisfies((a) -> {
				assertThat(a.get("status")).isEqualTo("REPORTING");
				assertThat(a.get("percentComplete")).isEqualTo(30);
			});
	}

	@Test
	void anotherUnitsHandlerCannotSignAndDoesNotSeeTheTask() {
		Map<String, Object> task = issueToDepartments();
		String assignment = assignmentOf(task, "441700:fgj");
		int status = as("wang", "441700:wjj", "handler").post()
			.uri("/api/v1/assignments/{id}/sign", assignment)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).isEqualTo(404);
		int read = as("wang", "441700:wjj", "handler").get()
			.uri("/api/v1/tasks/{id}", task.get("id"))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(read).isEqualTo(404);
	}

	@Test
	void signingTwiceIsAConflict() {
		String assignment = assignmentOf(issueToDepartments(), "441700:jyj");
		as("zhao", "441700:jyj", "handler").post()
			.uri("/api/v1/assignments/{id}/sign", assignment)
			.retrieve()
			.toBodilessEntity();
		ResponseEntity<String> again = as("zhao", "441700:jyj", "handler").post()
			.uri("/api/v1/assignments/{id}/sign", assignment)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody()).contains("与当前状态冲突");
	}

	@Test
	void refusesATaskWithoutExactlyOneLeadUnit() {
		ResponseEntity<String> response = as("zhang", "441700:dcs", "supervisor").post()
			.uri("/api/v1/tasks")
			.body(Map.of("title", "t", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
					LocalDate.now().plusDays(15).toString(), "assignees",
					List.of(Map.of("unitCode", "441700:fgj", "role", "CO"))))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).contains("exactly one lead unit");
	}

	@Test
	void refusesAnUnknownUnitAndAnUnknownSource() {
		ResponseEntity<String> unknownUnit = as("zhang", "441700:dcs", "supervisor").post()
			.uri("/api/v1/tasks")
			.body(Map.of("title", "t", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
					LocalDate.now().plusDays(15).toString(), "assignees",
					List.of(Map.of("unitCode", "441700:nope", "role", "LEAD"))))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(unknownUnit.getStatusCode().value()).isEqualTo(400);
		assertThat(unknownUnit.getBody()).contains("Unknown unit: 441700:nope");
		ResponseEntity<String> unknownSource = as("zhang", "441700:dcs", "supervisor").post()
			.uri("/api/v1/tasks")
			.body(Map.of("title", "t", "source", "GOSSIP", "type", "ROUTINE", "deadline", "2030-01-01", "assignees",
					List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(unknownSource.getStatusCode().value()).isEqualTo(400);
	}

	@SuppressWarnings("unchecked")
	private static String assignmentOf(Map<String, Object> task, String unit) {
		return ((List<Map<String, Object>>) task.get("assignments")).stream()
			.filter((a) -> a.get("unitCode").equals(unit))
			.map((a) -> (String) a.get("id"))
			.findFirst()
			.orElseThrow();
	}

}
