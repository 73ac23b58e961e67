package org.ducha.node.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty transitions on one assignment at the same moment: each is either applied or
 * refused with 409, and what is stored adds up to exactly the applied ones — no update
 * lost, none applied twice.
 */
class ConcurrentTransitionsIntegrationTests {

	private static TestNode county;

	@BeforeAll
	static void start() {
		county = TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.withoutTransport()
			.departments(Map.of("jyj", "阳东区教育局"))
			.start();
	}

	@AfterAll
	static void stop() {
		county.close();
	}

	private static RestClient handler() {
		return county.api(TestKeys.token("li", "441704", "441704:jyj", "handler"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void fiftyConcurrentTransitionsOnOneAssignmentEndWithAConsistentVersion() throws Exception {
		Map<String, Object> task = IssuedTasks.issue(county,
				Map.of("title", "校园安全专项整治", "source", "MEETING_DECISION", "meetingDate",
						LocalDate.now().minusDays(3).toString(), "type", "SPECIAL", "deadline",
						LocalDate.now().plusMonths(2).toString(), "assignees",
						List.of(Map.of("unitCode", "441704:jyj", "role", "LEAD"))));
		String id = (String) ((List<Map<String, Object>>) task.get("assignments")).get(0).get("id");
		handler().post().uri("/api/v1/assignments/{id}/sign", id).retrieve().toBodilessEntity();
		JdbcClient jdbc = county.bean(JdbcClient.class);
		long versionBefore = jdbc.sql("SELECT version FROM assignment WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single();

		int threads = 50;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> outcomes = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int percent = i + 1;
			outcomes.add(pool.submit(() -> {
				start.await();
				return handler().post()
					.uri("/api/v1/assignments/{id}/reports", id)
					.body(Map.of("percentComplete", percent, "progress", "第" + percent + "次报告"))
					.retrieve()
					.onStatus(HttpStatusCode::isError, (request, response) -> {
					})
					.toBodilessEntity()
					.getStatusCode()
					.value();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> outcome : outcomes) {
			statuses.add(outcome.get());
		}
		pool.shutdown();

		long applied = statuses.stream().filter((status) -> status == 201).count();
		assertThat(statuses).as("every call is applied or refused as a concurrent change").containsOnly(201, 409);
		assertThat(applied).isPositive();
		Map<String, Object> row = jdbc.sql("SELECT version, assignee_revision FROM assignment WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		long reports = jdbc.sql("SELECT COUNT(*) FROM progress_report WHERE assignment_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(reports).as("one stored report per applied call").isEqualTo(applied);
		assertThat(((Number) row.get("assignee_revision")).longValue()).as("signing plus each applied report")
			.isEqualTo(1 + applied);
		assertThat(((Number) row.get("version")).longValue()).as("the version moved once per applied change")
			.isEqualTo(versionBefore + applied);

		Map<String, Object> completion = handler().post()
			.uri("/api/v1/assignments/{id}/completion", id)
			.body(Map.of("evidence", "整治完成"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(completion).containsEntry("status", "COMPLETION_REQUESTED");
	}

}
