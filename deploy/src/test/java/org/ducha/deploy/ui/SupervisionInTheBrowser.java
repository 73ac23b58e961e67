package org.ducha.deploy.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI in headless Chromium against the gateway, the real Keycloak and 阳江市 with two
 * counties: a supervisor at the city registers a task for 阳东区, the city's leader approves
 * it, the county signs and reports on time, and the city sees the report with a green
 * light; the county asks for more time and the city's supervisor grants it; an assignment
 * left without a report goes red on the dashboard once its deadline has passed; the
 * public sees a livelihood project without signing in; and 阳西县 cannot open 阳东区's task by
 * its address. Each main page is photographed under {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SupervisionInTheBrowser {

	private static final String YANGDONG = "441704";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	/** The task the story registers in the browser, and its one assignment. */
	private static String taskId;

	private static String assignmentId;

	@Test
	@Order(1)
	void aSupervisorRegistersATaskForACountyAndTheLeaderApprovesIt() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.screenshot("01-signed-in");
			supervisor.go("tasks/new");
			supervisor.type("task-title", "城区学校周边交通安全整治");
			supervisor.select("task-source", "MAJOR_DECISION");
			supervisor.select("task-type", "SPECIAL");
			supervisor.type("task-basis", "市政府常务会议纪要〔2026〕12号");
			supervisor.date("task-deadline", federation.today().plusDays(40).toString());
			supervisor.select("task-lead-unit", YANGDONG);
			supervisor.awaitText("task-due-preview", (text) -> !text.isEmpty(), "the due dates shown before saving");
			supervisor.screenshot("02-task-form");
			supervisor.click("task-save");
			supervisor.awaitStatus("task-status", "DRAFT");
			taskId = supervisor.currentUrl().replaceAll(".*#/tasks/", "").replaceAll("[?/].*", "");
			supervisor.click("task-submit");
			supervisor.awaitStatus("task-status", "PENDING_APPROVAL");
		}
		try (UiBrowser leader = federation.signedIn("leader-441700")) {
			leader.go("tasks/" + taskId);
			leader.click("task-approve");
			leader.awaitStatus("task-status", "ISSUED");
			List<WebElement> rows = leader.awaitAll("assignment-row", (found) -> found.size() == 1,
					"the county's assignment on the task page");
			assignmentId = rows.get(0).getDomAttribute("data-assignment-id");
			assertThat(assignmentId).isNotBlank();
		}
	}

	/**
	 * A city's task goes to the county government (the city may assign its own
	 * departments and the governments below it); at the county its supervisor (督查室)
	 * handles the government's assignments.
	 */
	@Test
	@Order(2)
	void theCountySignsAndReportsOnTimeAndTheCitySeesItGreen() {
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.signAssignment(assignmentId);
			county.type("report-percentComplete", "40");
			county.type("report-progress", "已完成12所学校周边交通设施排查，增设减速带8处");
			county.type("report-measures", "交警、教育部门联合值守上下学高峰");
			county.screenshot("03-assignment-report");
			county.click("report-submit");
			county.awaitText("message", (message) -> !message.isEmpty(), "the report's confirmation");
		}
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("tasks/" + taskId);
			supervisor.awaitAll("assignment-row", (rows) -> rows.size() == 1 && rows.get(0).getText().contains("40"),
					"the county's report (40 %) at the city");
			WebElement light = supervisor
				.awaitAll("light",
						(lights) -> !lights.isEmpty() && "GREEN".equals(lights.get(0).getDomAttribute("data-light")),
						"a green light")
				.get(0);
			assertThat(light.getDomAttribute("data-light")).isEqualTo("GREEN");
			LocalDate deadline = federation.today().plusDays(40);
			String meaning = supervisor.awaitAll("due-meaning", (found) -> !found.isEmpty(), "the deadline's meaning")
				.get(0)
				.getDomAttribute("data-working-days");
			assertThat(meaning).as("working days to the deadline, as the node's calendar counts them")
				.isEqualTo(String.valueOf(federation.workingDaysBetween(federation.today(), deadline)));
			supervisor.screenshot("04-task-page");
		}
	}

	@Test
	@Order(3)
	void theCountysExtensionRequestIsApprovedByTheCitysSupervisor() {
		String until = federation.today().plusDays(60).toString();
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.go("assignments/" + assignmentId);
			county.date("extension-until", until);
			county.type("extension-reason", "雨季施工受限，减速带安装需顺延");
			county.click("extension-submit");
			county.awaitText("message", (message) -> !message.isEmpty(), "the request's confirmation");
		}
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("assignments/" + assignmentId);
			supervisor.click("extension-approve");
			supervisor.awaitText("message", (message) -> !message.isEmpty(), "the decision's confirmation");
			supervisor.go("assignments/" + assignmentId);
			supervisor.awaitText("assignment-deadline", (deadline) -> deadline.contains(until),
					"the new deadline at the city");
			supervisor.screenshot("05-extension-approved");
		}
	}

	@Test
	@Order(4)
	void anAssignmentWithoutAReportShowsRedOnTheDashboardOnceOverdue() {
		JsonNode overdue = federation.seed("441700")
			.issuedTask("农村饮水安全巩固提升", "441721", federation.today().plusDays(3), false);
		assertThat(overdue.path("status").asString()).isNotBlank();
		federation.advance(Duration.ofDays(10));
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("dashboard");
			supervisor.awaitText("light-count-RED", (count) -> count.matches("[1-9]\\d*"), "a red light counted");
			supervisor.awaitText("overdue-list", (list) -> list.contains("农村饮水安全巩固提升"),
					"the overdue assignment listed");
			supervisor.element("on-time-chart");
			supervisor.awaitAll("on-time-row", (rows) -> !rows.isEmpty(), "the on-time ranking drawn");
			supervisor.screenshot("06-dashboard");
		}
		try (UiBrowser phone = UiBrowser.phone(federation.baseUrl()).signIn("supervisor-441700")) {
			phone.go("dashboard");
			phone.awaitText("light-count-RED", (count) -> count.matches("[1-9]\\d*"), "the dashboard on a phone");
			phone.screenshot("07-dashboard-phone");
		}
	}

	@Test
	@Order(5)
	void thePublicSeesALivelihoodProjectWithoutSigningIn() {
		federation.seed("441700").issuedTask("城区新增公办学位3000个", YANGDONG, federation.today().plusDays(90), true);
		try (UiBrowser anyone = UiBrowser.open(federation.baseUrl())) {
			anyone.go("public");
			List<WebElement> projects = anyone.awaitAll("public-project",
					(found) -> found.stream().anyMatch((project) -> project.getText().contains("城区新增公办学位3000个")),
					"the published project");
			assertThat(projects).noneMatch((project) -> project.getText().contains("城区学校周边交通安全整治"));
			assertThat(anyone.find("whoami")).as("nobody is signed in").isEmpty();
			anyone.screenshot("08-public-projects");
		}
	}

	@Test
	@Order(6)
	void aCountyCannotOpenItsSiblingsTaskByAddress() {
		try (UiBrowser sibling = federation.signedIn("supervisor-441721")) {
			sibling.go("tasks/" + taskId);
			String message = sibling.awaitText("message", (text) -> !text.isEmpty(), "the refusal");
			assertThat(message).as("the refusal in Chinese first").contains("未找到");
			assertThat(sibling.find("task-status")).isEmpty();
			sibling.go("assignments/" + assignmentId);
			sibling.awaitText("message", (text) -> !text.isEmpty(), "the refusal");
			assertThat(sibling.find("assignment-sign")).isEmpty();
			sibling.screenshot("09-sibling-refused");
		}
	}

	@Test
	@Order(7)
	void aCountyHandlerFindsTheirBureausAssignmentSignsItAndReports() {
		JsonNode task = federation.seed("441704")
			.issuedTask("校园食堂食品安全专项检查", "441704:jyj", federation.today().plusDays(30), false);
		try (UiBrowser handler = federation.signedIn("handler-441704")) {
			handler.go("tasks");
			handler.awaitAll("task-row",
					(rows) -> rows.stream().anyMatch((row) -> row.getText().contains("校园食堂食品安全专项检查")),
					"the bureau's task in the handler's list");
			handler.screenshot("10-handler-task-list");
			handler.signAssignment(Seed.assignmentOf(task));
			handler.type("report-percentComplete", "100");
			handler.type("report-progress", "全县32所学校食堂检查完毕，整改问题17项");
			handler.click("report-submit");
			handler.awaitText("message", (message) -> !message.isEmpty(), "the report's confirmation");
			handler.screenshot("11-handler-reported");
		}
	}

}
