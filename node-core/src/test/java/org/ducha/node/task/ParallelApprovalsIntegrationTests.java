package org.ducha.node.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;

/**
 * A leader approving many tasks at once: approvals of different tasks never conflict.
 * Fifty approvals at the same moment at the province are all issued, with numbers that
 * are unique and gapless, and that without the server's retry of colliding transactions
 * (one attempt each): the yearly number counter alone must not deadlock.
 */
class ParallelApprovalsIntegrationTests {

	private static final Pattern NUMBER = Pattern.compile("广督〔(\\d{4})〕(\\d+)号");

	private static TestNode province;

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.name("广东省")
			.withoutTransport()
			.property("ducha.transactions.attempts", "1")
			.departments(Map.of("fgw", "广东省发展和改革委员会", "jyt", "广东省教育厅"))
			.start();
	}

	@AfterAll
	static void stop() {
		province.close();
	}

	@Test
	void fiftyParallelApprovalsOfDifferentTasksAreAllIssuedWithGaplessNumbers() throws Exception {
		Actor supervisor = new Actor("sheng", "省督查", "440000", "440000:dcs", Set.of(Role.SUPERVISOR));
		TaskRegistration registration = province.bean(TaskRegistration.class);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			Task draft = registration.register(new IssueTask(
					new TaskContent("并行审批 " + i, null, TaskSource.MAJOR_DECISION, TaskType.ROUTINE, null,
							LocalDate.now().plusMonths(6)),
					List.of(new IssueTask.Assignee((i % 2 == 0) ? "440000:fgw" : "440000:jyt", AssignmentRole.LEAD))),
					supervisor);
			registration.submit(draft.getId(), supervisor);
			ids.add(draft.getId());
		}
		RestClient leader = province.api(TestKeys.token("lingdao", "440000", null, "leader"));
		// the year's counter exists, as it does after the year's first issue
		call(leader, HttpMethod.POST, "/api/v1/tasks/" + ids.remove(0) + "/approve", null);
		ExecutorService pool = Executors.newFixedThreadPool(ids.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
		for (String id : ids) {
			answers.add(pool.submit(() -> {
				start.await();
				return call(leader, HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null);
			}));
		}
		start.countDown();
		List<String> problems = new ArrayList<>();
		Set<Integer> numbers = new TreeSet<>();
		for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
			ResponseEntity<Map<String, Object>> response = answer.get();
			if (response.getStatusCode().value() != 200) {
				problems.add(response.getStatusCode().value() + " " + response.getBody());
				continue;
			}
			Matcher number = NUMBER.matcher((String) response.getBody().get("number"));
			assertThat(number.matches()).isTrue();
			numbers.add(Integer.parseInt(number.group(2)));
		}
		pool.shutdown();
		assertThat(problems).as("no approval of one task collides with another's").isEmpty();
		assertThat(numbers).as("unique").hasSize(50);
		int first = numbers.iterator().next();
		assertThat(numbers).as("gapless")
			.containsExactlyElementsOf(java.util.stream.IntStream.range(first, first + 50).boxed().toList());
	}

}
