package org.ducha.node.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's filters, and the ledger exported with the same ones: each narrows to
 * exactly the matching tasks, combined they all hold, and a bad one is a 400 naming it.
 */
class TaskListFilterIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.start();
		issue("推进滨海新区基础设施建设", "ANNUAL_KEY_WORK", "441700:fgj", LocalDate.now().plusMonths(6));
		issue("新建公办幼儿园学位", "LIVELIHOOD_PROJECT", "441700:jyj", LocalDate.now().plusMonths(2));
		issue("校园周边交通整治", "MEETING_DECISION", "441700:jyj", LocalDate.now().plusMonths(1));
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static void issue(String title, String source, String unit, LocalDate deadline) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "source", source, "type", "ROUTINE",
				"deadline", deadline.toString(), "assignees", List.of(Map.of("unitCode", unit, "role", "LEAD"))));
		if (source.equals("MEETING_DECISION")) {
			body.put("meetingDate", LocalDate.now().minusDays(7).toString());
		}
		IssuedTasks.issue(city, body);
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("zhang", "441700", "441700:dcs", "supervisor"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> titles(String query) {
		Map<String, Object> page = supervisor().get().uri("/api/v1/tasks?" + query).retrieve().body(Map.class);
		return ((List<Map<String, Object>>) page.get("items")).stream().map((t) -> (String) t.get("title")).toList();
	}

	@Test
	void eachFilterNarrowsToTheMatchingTasks() {
		assertThat(titles("source=LIVELIHOOD_PROJECT")).containsExactly("新建公办幼儿园学位");
		assertThat(titles("unitCode=441700:jyj")).containsExactlyInAnyOrder("新建公办幼儿园学位", "校园周边交通整治");
		assertThat(titles("q=幼儿园")).containsExactly("新建公办幼儿园学位");
		assertThat(titles("q=100%")).as("a wildcard is searched for, not obeyed").isEmpty();
		assertThat(titles("deadlineTo=" + LocalDate.now().plusMonths(3))).containsExactlyInAnyOrder("新建公办幼儿园学位",
				"校园周边交通整治");
		assertThat(titles("unitCode=441700:jyj&deadlineFrom=" + LocalDate.now().plusMonths(2)))
			.containsExactly("新建公办幼儿园学位");
		assertThat(titles("light=GREEN")).hasSize(3);
		assertThat(titles("light=RED")).isEmpty();
		assertThat(titles("status=CLOSED")).isEmpty();
	}

	@Test
	void aBadFilterIsA400NamingIt() {
		String body = supervisor().get()
			.uri("/api/v1/tasks?light=PURPLE&deadlineFrom=2026-12-31&deadlineTo=2026-01-01")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.body(String.class);
		assertThat(body).contains("light: one of GREEN, YELLOW, RED").contains("deadlineFrom");
	}

	@Test
	void theLedgerTakesTheListsFilters() throws IOException {
		byte[] ledger = supervisor().get()
			.uri("/api/v1/tasks/ledger.xlsx?unitCode=441700:jyj&q=幼儿园")
			.retrieve()
			.body(byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("a header and one line").isEqualTo(1);
		}
	}

}
