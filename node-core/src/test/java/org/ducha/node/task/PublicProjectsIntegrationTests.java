package org.ducha.node.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks published to the public (民生实事公开), read without sign-in: issued ones with
 * their responsibility list and progress; never a draft, an unpublished or a withdrawn
 * task, and nothing of who wrote what.
 */
class PublicProjectsIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.withoutTransport()
			.departments(Map.of("jyj", "阳江市教育局", "zjj", "阳江市住房和城乡建设局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static Map<String, Object> task(String title, boolean published) {
		return Map.of("title", title, "source", "LIVELIHOOD_PROJECT", "type", "SPECIAL", "deadline",
				LocalDate.now().plusMonths(6).toString(), "published", published, "assignees",
				List.of(Map.of("unitCode", "441700:jyj", "role", "LEAD"),
						Map.of("unitCode", "441700:zjj", "role", "CO")));
	}

	private static Map<String, Object> page() {
		return city.anonymous()
			.get()
			.uri("/api/v1/public/projects?size=100")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items() {
		return (List<Map<String, Object>>) page().get("items");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anyoneSeesThePublishedTasksWithTheirResponsibilityList() {
		Map<String, Object> published = IssuedTasks.issue(city, task("新增公办幼儿园学位3000个", true));
		IssuedTasks.issue(city, task("内部督办事项", false));
		assertThat(items()).extracting((item) -> item.get("title")).contains("新增公办幼儿园学位3000个").doesNotContain("内部督办事项");
		Map<String, Object> project = items().stream()
			.filter((item) -> item.get("id").equals(published.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(project).containsEntry("number", published.get("number")).containsEntry("status", "ISSUED");
		assertThat((List<Map<String, Object>>) project.get("units")).extracting((unit) -> unit.get("unitName"))
			.containsExactlyInAnyOrder("阳江市教育局", "阳江市住房和城乡建设局");
		assertThat(project.toString()).as("nothing of who registered or approved it")
			.doesNotContain("supervisor-441700")
			.doesNotContain("leader-441700");
	}

	@Test
	void aWithdrawnTaskLeavesThePublicPage() {
		Map<String, Object> issued = IssuedTasks.issue(city, task("将撤销的民生实事", true));
		assertThat(items()).extracting((item) -> item.get("title")).contains("将撤销的民生实事");
		city.api(org.ducha.node.testing.TestKeys.token("leader-441700", "441700", null, "leader"))
			.post()
			.uri("/api/v1/tasks/{id}/withdraw", issued.get("id"))
			.body(Map.of("reason", "项目调整"))
			.retrieve()
			.toBodilessEntity();
		assertThat(items()).extracting((item) -> item.get("title")).doesNotContain("将撤销的民生实事");
	}

	@Test
	void aPageOutsideTheLimitsIsRefused() {
		int status = city.anonymous()
			.get()
			.uri("/api/v1/public/projects?size=1000")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).isEqualTo(400);
	}

}
