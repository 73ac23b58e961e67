package org.ducha.node.task;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.node.testing.Uploads;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * What the seed asks a task to state (「明确工作目标任务、责任人及完成时限」), at one city node on the eve
 * of the 2024 National Day holiday: its goal apart from its content; a meeting decision's
 * meeting date, from which its report is due one month on; a leader instruction's record
 * and urgency, which sets its deadline in working days; each assignment's responsible
 * person, a person of its own unit; the task's documents and a completion request's
 * evidence; the original deadline beside the one in force.
 */
class TaskRecordsIntegrationTests {

	private static final TestClock clock = TestClock.at("2024-09-26T10:00:00");

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441704")
			.withoutTransport()
			.bean("clock", clock)
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	static RestClient supervisor() {
		return city.api(TestKeys.token("zhang", "441700", "441700:dcs", "supervisor"));
	}

	static RestClient leader() {
		return city.api(TestKeys.token("wei", "441700", null, "leader"));
	}

	static RestClient handler(String unit) {
		return city.api(TestKeys.token("li-" + unit, "441700", unit, "handler"));
	}

	static Map<String, Object> body(String title, String source, String deadline, Object... extra) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "source", source, "type", "ROUTINE",
				"assignees", List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))));
		if (deadline != null) {
			body.put("deadline", deadline);
		}
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		return body;
	}

	static Map<String, Object> issue(Map<String, Object> body) {
		String id = (String) ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks", body)).get("id");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		return ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> assignment(Map<String, Object> task, String unit) {
		return ((List<Map<String, Object>>) task.get("assignments")).stream()
			.filter((a) -> a.get("unitCode").equals(unit))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static List<String> dues(String assignmentId) {
		Map<String, Object> schedule = ok(
				call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + assignmentId + "/schedule", null));
		return ((List<Map<String, Object>>) schedule.get("slots")).stream().map((s) -> (String) s.get("due")).toList();
	}

	@Test
	void aTaskStatesItsGoalApartFromItsContentAndARevisionMayChangeIt() {
		Map<String, Object> task = issue(
				body("学校食堂提质", "MAJOR_DECISION", "2024-12-31", "content", "完成食堂改造", "goal", "年底前全市公办学校食堂达到A级"));
		assertThat(task).containsEntry("goal", "年底前全市公办学校食堂达到A级").containsEntry("content", "完成食堂改造");
		Map<String, Object> revised = ok(call(supervisor(), HttpMethod.POST,
				"/api/v1/tasks/" + task.get("id") + "/revise", Map.of("goal", "年底前全市公办学校食堂全部达到A级", "reason", "目标提高")));
		assertThat(revised).containsEntry("goal", "年底前全市公办学校食堂全部达到A级").containsEntry("revision", 2);
	}

	@Test
	void aMeetingDecisionWithoutItsMeetingDateIsRefused() {
		ResponseEntity<Map<String, Object>> refused = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				body("常务会议议定事项", "MEETING_DECISION", "2024-12-31"));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat((String) refused.getBody().get("detail")).contains("meetingDate");
		ResponseEntity<Map<String, Object>> future = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				body("常务会议议定事项", "MEETING_DECISION", "2024-12-31", "meetingDate", "2024-10-08"));
		assertThat(future.getStatusCode().value()).as("a meeting not held yet").isEqualTo(400);
	}

	/** 「在会议结束后一个月内…汇总报送」: one month after the meeting, not after the approval. */
	@Test
	void aMeetingDecisionsReportIsDueOneMonthAfterTheMeeting() {
		Map<String, Object> task = issue(
				body("市长办公会议议定事项", "MEETING_DECISION", "2024-12-31", "meetingDate", "2024-08-30"));
		assertThat(task).containsEntry("meetingDate", "2024-08-30");
		assertThat(dues((String) assignment(task, "441700:fgj").get("id"))).containsExactly("2024-09-30");
	}

	/**
	 * An urgent instruction issued on Thursday 2024-09-26 is due on its 5th working day:
	 * Friday, the make-up Sunday, Monday, then after the holiday Tuesday 10-08 and
	 * Wednesday 10-09 (five calendar days would fall in the holiday).
	 */
	@Test
	void anInstructionsUrgencySetsItsDeadlineInWorkingDaysAndItsRecordIsKept() {
		Map<String, Object> instruction = Map.of("leader", "陈市长", "date", "2024-09-25", "text", "请市发改局牵头抓紧研究落实",
				"proposal", "建议由市发改局牵头办理", "urgency", "URGENT");
		Map<String, Object> urgent = issue(body("落实陈市长批示", "LEADER_INSTRUCTION", null, "instruction", instruction));
		assertThat(urgent).containsEntry("deadline", "2024-10-09").containsEntry("instruction", instruction);
		assertThat(dues((String) assignment(urgent, "441700:fgj").get("id"))).containsExactly("2024-10-09");
		Map<String, Object> normal = issue(body("落实批示（一般件）", "LEADER_INSTRUCTION", null));
		assertThat(normal).containsEntry("deadline", "2024-10-22");
		assertThat(supervisor().get().uri("/api/v1/tasks/urgencies").retrieve().body(List.class)).containsExactly(
				Map.of("urgency", "URGENT", "workingDays", 5), Map.of("urgency", "NORMAL", "workingDays", 15),
				Map.of("urgency", "DIFFICULT", "workingDays", 30));
		ResponseEntity<Map<String, Object>> misplaced = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				body("重大决策", "MAJOR_DECISION", "2024-12-31", "instruction", instruction));
		assertThat(misplaced.getStatusCode().value()).isEqualTo(400);
		assertThat((String) misplaced.getBody().get("detail")).contains("instruction");
		ResponseEntity<Map<String, Object>> noDeadline = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				body("重大决策", "MAJOR_DECISION", null));
		assertThat(noDeadline.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void theIssuerNamesResponsiblePersonsOfItsOwnDepartmentsOnly() {
		Map<String, Object> person = Map.of("name", "黄志强", "post", "副局长", "phone", "0662-3360001");
		Map<String, Object> task = issue(body("园区项目", "MAJOR_DECISION", "2024-12-31", "assignees",
				List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD", "responsible", person))));
		assertThat(assignment(task, "441700:fgj")).containsEntry("responsible",
				Map.of("name", "黄志强", "post", "副局长", "phone", "0662-3360001", "unitCode", "441700:fgj"));
		ResponseEntity<Map<String, Object>> county = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				body("园区项目", "MAJOR_DECISION", "2024-12-31", "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD", "responsible", person))));
		assertThat(county.getStatusCode().value()).as("a government below names its own").isEqualTo(400);
		assertThat((String) county.getBody().get("detail")).contains("assignees[0].responsible");
		ResponseEntity<Map<String, Object>> otherUnit = call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				body("园区项目", "MAJOR_DECISION", "2024-12-31", "assignees", List.of(Map.of("unitCode", "441700:fgj",
						"role", "LEAD", "responsible", Map.of("name", "林老师", "unitCode", "441700:jyj")))));
		assertThat(otherUnit.getStatusCode().value()).as("a person of another unit").isEqualTo(400);
		assertThat((String) otherUnit.getBody().get("detail")).contains("441700:jyj");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSignerNamesOrChangesTheResponsiblePersonOfItsOwnUnit() {
		Map<String, Object> task = issue(body("课后服务", "MAJOR_DECISION", "2024-12-31", "assignees",
				List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD", "responsible", Map.of("name", "黄志强")),
						Map.of("unitCode", "441700:jyj", "role", "CO"))));
		String jyj = (String) assignment(task, "441700:jyj").get("id");
		ResponseEntity<Map<String, Object>> otherUnit = call(handler("441700:jyj"), HttpMethod.POST,
				"/api/v1/assignments/" + jyj + "/sign",
				Map.of("responsible", Map.of("name", "黄志强", "unitCode", "441700:fgj")));
		assertThat(otherUnit.getStatusCode().value()).isEqualTo(400);
		assertThat(ok(call(handler("441700:jyj"), HttpMethod.GET, "/api/v1/assignments/" + jyj, null)))
			.as("a refused signing signs nothing")
			.containsEntry("status", "PENDING_SIGN");
		Map<String, Object> signed = ok(call(handler("441700:jyj"), HttpMethod.POST,
				"/api/v1/assignments/" + jyj + "/sign", Map.of("responsible", Map.of("name", "林晓", "post", "科长"))));
		assertThat(signed).containsEntry("status", "SIGNED")
			.containsEntry("responsible", mapOf("name", "林晓", "post", "科长", "phone", null, "unitCode", "441700:jyj"));
		String fgj = (String) assignment(task, "441700:fgj").get("id");
		Map<String, Object> changed = ok(call(handler("441700:fgj"), HttpMethod.POST,
				"/api/v1/assignments/" + fgj + "/sign", Map.of("responsible", Map.of("name", "周建国"))));
		assertThat((Map<String, Object>) changed.get("responsible"))
			.as("the unit changes the issuer's choice when signing")
			.containsEntry("name", "周建国");
	}

	@Test
	void anExtensionMovesTheDeadlineInForceARevisionMovesBoth() {
		Map<String, Object> task = issue(body("项目验收", "MAJOR_DECISION", "2024-11-30"));
		String id = (String) assignment(task, "441700:fgj").get("id");
		ok(call(handler("441700:fgj"), HttpMethod.POST, "/api/v1/assignments/" + id + "/sign", null));
		String request = (String) ok(call(handler("441700:fgj"), HttpMethod.POST,
				"/api/v1/assignments/" + id + "/extensions", Map.of("requestedDate", "2024-12-20", "reason", "设备到货延迟")))
			.get("id");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/extensions/" + request + "/approve",
				Map.of("approvedDate", "2024-12-15")));
		assertThat(ok(call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + id, null)))
			.containsEntry("originalDeadline", "2024-11-30")
			.containsEntry("dueDate", "2024-12-15");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + task.get("id") + "/revise",
				Map.of("deadline", "2024-12-10", "reason", "市政府调整验收安排")));
		assertThat(ok(call(supervisor(), HttpMethod.GET, "/api/v1/assignments/" + id, null)))
			.as("a revision is a new requirement: the extension no longer holds")
			.containsEntry("originalDeadline", "2024-12-10")
			.containsEntry("dueDate", "2024-12-10")
			.containsEntry("extendedDeadline", null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTaskCarriesItsDocumentsAndACompletionRequestItsEvidence() {
		byte[] document = "陈市长批示原件".getBytes(StandardCharsets.UTF_8);
		String sha = Uploads.upload(supervisor(), "批示原件.pdf", document);
		Map<String, Object> task = issue(body("落实批示并附原件", "LEADER_INSTRUCTION", "2024-12-31", "attachments",
				List.of(Map.of("sha256", sha, "name", "陈市长批示.pdf"))));
		assertThat((List<Map<String, Object>>) task.get("attachments")).singleElement()
			.satisfies((a) -> assertThat(a).containsEntry("sha256", sha).containsEntry("name", "陈市长批示.pdf"));
		assertThat(Uploads.download(handler("441700:fgj"), sha).getBody()).as("the assignee reads the task's documents")
			.isEqualTo(document);
		assertThat(Uploads.download(handler("441700:jyj"), sha).getStatusCode().value())
			.as("a unit the task is not handed to does not")
			.isEqualTo(404);
		String id = (String) assignment(task, "441700:fgj").get("id");
		ok(call(handler("441700:fgj"), HttpMethod.POST, "/api/v1/assignments/" + id + "/sign", null));
		byte[] proof = "验收报告".getBytes(StandardCharsets.UTF_8);
		String proofSha = Uploads.upload(handler("441700:fgj"), "验收报告.pdf", proof);
		Map<String, Object> requested = ok(
				call(handler("441700:fgj"), HttpMethod.POST, "/api/v1/assignments/" + id + "/completion",
						Map.of("evidence", "已完成验收", "attachments", List.of(Map.of("sha256", proofSha)))));
		assertThat((List<Map<String, Object>>) ((Map<String, Object>) requested.get("completion")).get("attachments"))
			.singleElement()
			.satisfies((a) -> assertThat(a).containsEntry("sha256", proofSha).containsEntry("name", "验收报告.pdf"));
		assertThat(Uploads.download(supervisor(), proofSha).getBody()).as("the issuer reads the evidence")
			.isEqualTo(proof);
	}

	private static Map<String, Object> mapOf(Object... pairs) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
