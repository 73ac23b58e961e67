package org.ducha.deploy.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's records of a task in the browser (「明确工作目标任务、责任人及完成时限」): a meeting decision
 * states its meeting and goal, its report is previewed one month after the meeting, and
 * the city names its department's responsible person; a leader instruction's urgency sets
 * its deadline in working days; a supervisor's suspension waits for the leader, who
 * approves it on the task page; the county names its responsible person when it signs,
 * and the city sees who it is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TaskRecordsInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	@Order(1)
	void aMeetingDecisionStatesItsMeetingGoalAndTheDepartmentsResponsiblePerson() {
		LocalDate meeting = federation.today().minusDays(10);
		LocalDate deadline = federation.today().plusDays(60);
		String taskId;
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("tasks/new");
			supervisor.type("task-title", "漠阳江沿岸排污口整治");
			supervisor.select("task-source", "MEETING_DECISION");
			supervisor.type("task-goal", "年底前沿岸排污口全部完成整治");
			supervisor.date("task-meeting-date", meeting.toString());
			supervisor.date("task-deadline", deadline.toString());
			supervisor.select("task-lead-unit", "441700:fgj");
			supervisor.type("responsible-name", "黄志强");
			supervisor.type("responsible-post", "副局长");
			supervisor.awaitAll("due-slot",
					(slots) -> slots.size() == 1
							&& meeting.plusMonths(1).toString().equals(slots.get(0).getDomAttribute("data-due")),
					"the report previewed one month after the meeting");
			supervisor.screenshot("31-meeting-decision-form");
			supervisor.click("task-save");
			supervisor.awaitStatus("task-status", "DRAFT");
			taskId = supervisor.currentUrl().replaceAll(".*#/tasks/", "").replaceAll("[?/].*", "");
			assertThat(supervisor.text("task-goal")).isEqualTo("年底前沿岸排污口全部完成整治");
			assertThat(supervisor.text("task-meeting-date")).isEqualTo(meeting.toString());
			supervisor.click("task-submit");
			supervisor.awaitStatus("task-status", "PENDING_APPROVAL");
		}
		try (UiBrowser leader = federation.signedIn("leader-441700")) {
			leader.go("tasks/" + taskId);
			leader.click("task-approve");
			leader.awaitStatus("task-status", "ISSUED");
			leader.awaitText("assignment-responsible", (text) -> text.contains("黄志强"), "the department's person");
			assertThat(leader.text("assignment-original-deadline")).isEqualTo(deadline.toString());
			leader.screenshot("32-meeting-decision-issued");
		}
	}

	/**
	 * The form previews as if issued today, by the browser's date (the nodes' test clock
	 * may have been moved on), on the node's calendar.
	 */
	@Test
	@Order(2)
	void anUrgentInstructionIsDueFiveWorkingDaysAfterIssue() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("tasks/new");
			supervisor.type("task-title", "落实市长关于防汛的批示");
			supervisor.select("task-source", "LEADER_INSTRUCTION");
			supervisor.type("instruction-leader", "陈市长");
			supervisor.type("instruction-text", "请市发改局立即部署，五日内报告");
			supervisor.select("instruction-urgency", "URGENT");
			supervisor.select("task-lead-unit", "441700:fgj");
			List<WebElement> slots = supervisor.awaitAll("due-slot",
					(found) -> found.size() == 1 && federation.workingDaysBetween(today,
							LocalDate.parse(found.get(0).getDomAttribute("data-due"))) == 5,
					"the report due on the 5th working day after today");
			assertThat(slots).hasSize(1);
			supervisor.click("task-save");
			supervisor.awaitStatus("task-status", "DRAFT");
			assertThat(supervisor.text("task-instruction-record")).contains("急件").contains("陈市长");
		}
	}

	@Test
	@Order(3)
	void aSupervisorsSuspensionWaitsForTheLeadersApproval() {
		JsonNode task = federation.seed("441700")
			.issuedTask("城区内涝点改造", "441721", federation.today().plusDays(45), false);
		String taskId = task.path("id").asString();
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("tasks/" + taskId);
			supervisor.type("task-reason", "等待省级专项资金下达");
			supervisor.click("task-suspend");
			List<WebElement> pending = supervisor.awaitAll("control-request", (found) -> !found.isEmpty(),
					"the request awaiting the leader");
			assertThat(pending.get(0).getDomAttribute("data-status")).isEqualTo("PENDING");
			assertThat(supervisor.awaitStatus("task-status", "ISSUED")).isEqualTo("ISSUED");
			assertThat(supervisor.find("control-approve")).as("a supervisor does not decide").isEmpty();
		}
		try (UiBrowser leader = federation.signedIn("leader-441700")) {
			leader.go("tasks/" + taskId);
			leader.awaitText("control-request", (text) -> text.contains("等待省级专项资金下达"), "the request's reason");
			leader.screenshot("33-suspension-awaiting-approval");
			leader.click("control-approve");
			leader.awaitStatus("task-status", "SUSPENDED");
			assertThat(leader.find("control-request")).isEmpty();
		}
	}

	@Test
	@Order(4)
	void theCountyNamesItsResponsiblePersonWhenSigning() {
		JsonNode task = federation.seed("441700")
			.issuedTask("村级污水管网建设", "441704", federation.today().plusDays(50), false);
		String assignmentId = Seed.assignmentOf(task);
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.go("assignments/" + assignmentId);
			county.type("sign-responsible-name", "陈立新");
			county.type("sign-responsible-post", "副区长");
			county.click("assignment-sign");
			county.awaitStatus("assignment-status", "SIGNED");
			county.awaitText("assignment-responsible", (text) -> text.contains("陈立新"), "the person named");
			county.screenshot("34-signed-with-responsible-person");
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.reloadUntil("tasks/" + task.path("id").asString(), "assignment-responsible",
					(found) -> !found.isEmpty() && found.get(0).getText().contains("陈立新"),
					"the county's responsible person at the city");
		}
	}

}
