package org.ducha.node.coordination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.alert.AlertEscalation;
import org.ducha.node.testing.TestNode;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.coordination.AlertingFederation.as;
import static org.ducha.node.coordination.AlertingFederation.audited;
import static org.ducha.node.coordination.AlertingFederation.get;
import static org.ducha.node.coordination.AlertingFederation.inbox;
import static org.ducha.node.coordination.AlertingFederation.list;
import static org.ducha.node.coordination.AlertingFederation.page;
import static org.ducha.node.coordination.AlertingFederation.post;

/**
 * Alerts both ways and coordination across the levels (province → city → counties over
 * piped links): a county lead records two unresolved coordination attempts, owes and
 * files the written report, which reaches the province as a COORDINATION_REQUEST with its
 * three parts; a county's risk warning reaches the province and the signing comes back; a
 * prompt left unsigned escalates at the county across the National Day holiday.
 */
class CoordinationAndAlertFederationIntegrationTests {

	private static AlertingFederation federation;

	private static TestNode province;

	private static TestNode city;

	private static TestNode yangdong;

	@BeforeAll
	static void start() {
		federation = new AlertingFederation();
		province = federation.province;
		city = federation.city;
		yangdong = federation.yangdong;
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	private static Map<String, Object> attempt(String date, String outcome) {
		return Map.of("date", date, "withUnits", List.of("441702"), "matter", "跨区河道清淤经费分担", "outcome", outcome, "notes",
				"江城区未派员参加");
	}

	@Test
	void aCountyLeadThatFailsTwiceReportsInWritingAndTheProvinceReceivesTheReport() {
		federation.clock.set("2024-09-26T10:00:00");
		Map<String, String> issued = federation.issue(province, "漠阳江流域综合整治", "441704", "441702");
		String lead = issued.get("441704");
		federation.sign(yangdong, lead, "441704");
		RestClient county = as(yangdong, null, "supervisor");

		ResponseEntity<Map<String, Object>> invalid = post(county, "/api/v1/assignments/{id}/coordinations", Map.of(),
				lead);
		assertThat(invalid.getStatusCode().value()).isEqualTo(400);
		assertThat((String) invalid.getBody().get("detail")).contains("date", "withUnits", "matter", "outcome");
		assertThat(post(county, "/api/v1/assignments/{id}/coordinations", attempt("2024-10-08", "UNRESOLVED"), lead)
			.getStatusCode()
			.value()).as("a coordination that has not happened yet").isEqualTo(400);

		assertThat(post(county, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-20", "UNRESOLVED"), lead)
			.getStatusCode()
			.value()).isEqualTo(201);
		ResponseEntity<Map<String, Object>> early = post(county, "/api/v1/assignments/{id}/coordination-report",
				Map.of("process", "召开协调会", "reasons", "分歧", "suggestions", "请上级协调"), lead);
		assertThat(early.getStatusCode().value()).as("one failure owes no report").isEqualTo(409);
		assertThat((String) early.getBody().get("detail")).contains("owes no written coordination report");

		assertThat(post(county, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-25", "UNRESOLVED"), lead)
			.getStatusCode()
			.value()).isEqualTo(201);
		assertThat(get(county, "/api/v1/assignments/{id}/coordination-status", lead)).containsEntry("attempts", 2)
			.containsEntry("unresolved", 2)
			.containsEntry("writtenReportRequired", true)
			.containsEntry("writtenReport", null);

		ResponseEntity<Map<String, Object>> incomplete = post(county, "/api/v1/assignments/{id}/coordination-report",
				Map.of("process", "两次召开协调会"), lead);
		assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
		assertThat((String) incomplete.getBody().get("detail")).contains("reasons", "suggestions")
			.doesNotContain("process");
		assertThat(post(as(federation.jiangcheng, null, "supervisor"), "/api/v1/assignments/{id}/coordinations",
				attempt("2024-09-25", "RESOLVED"), lead)
			.getStatusCode()
			.value()).as("the co-unit county does not hold the lead's assignment").isEqualTo(404);

		ResponseEntity<Map<String, Object>> filed = post(county, "/api/v1/assignments/{id}/coordination-report",
				Map.of("process", "9月20日、25日两次召开协调会", "reasons", "江城区对经费分担比例有异议", "suggestions", "建议省水利厅统筹安排省级资金"),
				lead);
		assertThat(filed.getStatusCode().value()).isEqualTo(201);
		String alertId = (String) filed.getBody().get("alertId");
		assertThat(post(county, "/api/v1/assignments/{id}/coordination-report",
				Map.of("process", "再次报告", "reasons", "同上", "suggestions", "同上"), lead)
			.getStatusCode()
			.value()).as("the report was filed").isEqualTo(409);
		federation.settle();

		RestClient provinceSupervisor = as(province, null, "supervisor");
		List<Map<String, Object>> requests = page(provinceSupervisor,
				"/api/v1/alerts?kind=COORDINATION_REQUEST&taskId={task}", issued.get("task"));
		assertThat(requests).singleElement().satisfies((alert) -> {
			assertThat(alert.get("id")).isEqualTo(alertId);
			assertThat(alert.get("direction")).isEqualTo("UP");
			assertThat(alert.get("fromNode")).isEqualTo("441704");
			assertThat(alert.get("toNode")).isEqualTo("440000");
			assertThat(alert.get("assignmentId")).isEqualTo(lead);
			assertThat((Map<String, Object>) alert.get("coordinationReport"))
				.containsEntry("process", "9月20日、25日两次召开协调会")
				.containsEntry("reasons", "江城区对经费分担比例有异议")
				.containsEntry("suggestions", "建议省水利厅统筹安排省级资金");
		});
		assertThat(inbox(provinceSupervisor, alertId)).singleElement().satisfies((item) -> {
			assertThat(item.get("kind")).isEqualTo("COORDINATION_REQUEST");
			assertThat((String) item.get("body")).contains("江城区对经费分担比例有异议", "建议省水利厅统筹安排省级资金");
		});

		for (TestNode node : List.of(province, city)) {
			assertThat(list(as(node, null, "supervisor"), "/api/v1/assignments/{id}/coordinations", lead))
				.as("the attempts reach " + node.code())
				.extracting((c) -> c.get("date") + "/" + c.get("outcome") + "/" + c.get("withUnits"))
				.containsExactly("2024-09-20/UNRESOLVED/[441702]", "2024-09-25/UNRESOLVED/[441702]");
		}
		Map<String, Object> atProvince = get(provinceSupervisor, "/api/v1/assignments/{id}/coordination-status", lead);
		assertThat(atProvince).containsEntry("attempts", 2).containsEntry("writtenReportRequired", false);
		assertThat((Map<String, Object>) atProvince.get("writtenReport")).containsEntry("alertId", alertId)
			.containsEntry("suggestions", "建议省水利厅统筹安排省级资金");
		assertThat(get(county, "/api/v1/assignments/{id}/coordination-status", lead))
			.containsEntry("writtenReportRequired", false);
		assertThat(post(provinceSupervisor, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-25", "RESOLVED"),
				lead)
			.getStatusCode()
			.value()).as("the issuer sees the coordination but does not record it").isEqualTo(403);
	}

	@Test
	void onlyTheLeadDepartmentRecordsAndItsReportGoesToItsOwnGovernment() {
		federation.clock.set("2024-09-26T10:00:00");
		Map<String, String> issued = federation.issue(yangdong, "校园周边环境整治", "441704:jyj", "441704:nyj");
		String lead = issued.get("441704:jyj");
		String co = issued.get("441704:nyj");
		federation.sign(yangdong, lead, "441704:jyj");
		federation.sign(yangdong, co, "441704:nyj");
		RestClient leadHandler = as(yangdong, "441704:jyj", "handler");
		RestClient coHandler = as(yangdong, "441704:nyj", "handler");

		assertThat(post(coHandler, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-24", "RESOLVED"), lead)
			.getStatusCode()
			.value()).as("a co-unit sees the lead's assignment but does not record on it").isEqualTo(403);
		ResponseEntity<Map<String, Object>> onCo = post(coHandler, "/api/v1/assignments/{id}/coordinations",
				attempt("2024-09-24", "RESOLVED"), co);
		assertThat(onCo.getStatusCode().value()).isEqualTo(409);
		assertThat((String) onCo.getBody().get("detail")).contains("CO assignment");
		assertThat(list(coHandler, "/api/v1/assignments/{id}/coordinations", lead)).isEmpty();

		post(leadHandler, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-23", "UNRESOLVED"), lead);
		post(leadHandler, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-24", "RESOLVED"), lead);
		post(leadHandler, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-25", "UNRESOLVED"), lead);
		assertThat(get(leadHandler, "/api/v1/assignments/{id}/coordination-status", lead))
			.as("a resolved attempt between the failures")
			.containsEntry("writtenReportRequired", false);
		post(leadHandler, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-26", "UNRESOLVED"), lead);
		assertThat(list(coHandler, "/api/v1/assignments/{id}/coordinations", lead)).hasSize(4);
		ResponseEntity<Map<String, Object>> filed = post(leadHandler, "/api/v1/assignments/{id}/coordination-report",
				Map.of("process", "两次协调", "reasons", "职责交叉", "suggestions", "请区政府明确牵头责任"), lead);
		assertThat(filed.getStatusCode().value()).isEqualTo(201);

		Map<String, Object> alert = get(as(yangdong, null, "supervisor"), "/api/v1/alerts/{id}",
				filed.getBody().get("alertId"));
		assertThat(alert).containsEntry("toNode", "441704")
			.containsEntry("toUnit", null)
			.containsEntry("fromUnit", "441704:jyj")
			.containsEntry("direction", "UP");
		assertThat(inbox(as(yangdong, null, "supervisor"), (String) alert.get("id"))).as("the county government's mail")
			.hasSize(1);
	}

	@Test
	void aCountysRiskWarningReachesTheProvinceAndItsSigningComesBack() {
		federation.clock.set("2024-09-26T10:00:00");
		Map<String, String> issued = federation.issue(province, "安全生产隐患排查", "441704");
		RestClient county = as(yangdong, null, "supervisor");
		ResponseEntity<Map<String, Object>> raised = post(county, "/api/v1/alerts",
				Map.of("kind", "RISK", "toNode", "440000", "taskId", issued.get("task"), "assignmentId",
						issued.get("441704"), "title", "尾矿库汛期溃坝风险", "message", "需省应急厅派员指导"));
		assertThat(raised.getStatusCode().value()).isEqualTo(201);
		String alertId = (String) raised.getBody().get("id");
		federation.settle();

		RestClient provinceSupervisor = as(province, null, "supervisor");
		assertThat(page(provinceSupervisor, "/api/v1/alerts?direction=UP&kind=RISK&status=OPEN&taskId={task}",
				issued.get("task")))
			.extracting((alert) -> alert.get("id"))
			.containsExactly(alertId);
		assertThat(inbox(provinceSupervisor, alertId)).singleElement()
			.satisfies((item) -> assertThat(item.get("kind")).isEqualTo("RISK"));
		assertThat(post(provinceSupervisor, "/api/v1/alerts/{id}/acknowledge", Map.of("note", "已转省应急厅研究"), alertId)
			.getStatusCode()
			.value()).isEqualTo(200);
		ResponseEntity<Map<String, Object>> twice = post(provinceSupervisor, "/api/v1/alerts/{id}/acknowledge",
				Map.of(), alertId);
		assertThat(twice.getStatusCode().value()).isEqualTo(409);
		assertThat((String) twice.getBody().get("detail")).contains("ACKNOWLEDGED");
		federation.settle();

		assertThat(get(county, "/api/v1/alerts/{id}", alertId)).containsEntry("status", "ACKNOWLEDGED")
			.containsEntry("note", "已转省应急厅研究");
		assertThat(page(county, "/api/v1/alerts?status=ACKNOWLEDGED&taskId={task}", issued.get("task"))).hasSize(1);
		assertThat(page(county, "/api/v1/alerts?status=OPEN&taskId={task}", issued.get("task"))).isEmpty();
		assertThat(page(county, "/api/v1/alerts?direction=DOWN&taskId={task}", issued.get("task"))).isEmpty();
		assertThat(post(county, "/api/v1/alerts", Map.of("kind", "RISK", "toNode", "441702", "title", "越级"))
			.getStatusCode()
			.value()).as("a warning goes up, not to a sibling").isEqualTo(400);
		assertThat(county.get()
			.uri("/api/v1/alerts?direction=SIDEWAYS")
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(400);
	}

	@Test
	void aDepartmentProposesAPolicyAdjustmentToItsOwnGovernment() {
		federation.clock.set("2024-09-26T10:00:00");
		ResponseEntity<Map<String, Object>> raised = post(as(yangdong, "441704:nyj", "handler"), "/api/v1/alerts",
				Map.of("kind", "POLICY_PROPOSAL", "toNode", "441704", "title", "建议调整耕地地力保护补贴发放标准", "message",
						"现行标准与实际种植面积脱节"));
		assertThat(raised.getStatusCode().value()).isEqualTo(201);
		assertThat(raised.getBody()).containsEntry("direction", "UP").containsEntry("toUnit", null);
		String alertId = (String) raised.getBody().get("id");
		RestClient countySupervisor = as(yangdong, null, "supervisor");
		assertThat(inbox(countySupervisor, alertId)).hasSize(1);
		assertThat(post(countySupervisor, "/api/v1/alerts/{id}/acknowledge", Map.of("note", "请区财政局研究"), alertId)
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(post(countySupervisor, "/api/v1/alerts",
				Map.of("kind", "POLICY_PROPOSAL", "toNode", "441704", "title", "政府向自己提建议"))
			.getStatusCode()
			.value()).as("the government itself proposes upward, not to itself").isEqualTo(400);
	}

	@Test
	void aPromptLeftUnsignedEscalatesAtTheCountyAfterTwoWorkingDays() {
		federation.clock.set("2024-09-30T10:00:00");
		ResponseEntity<Map<String, Object>> raised = post(as(province, null, "supervisor"), "/api/v1/alerts",
				Map.of("kind", "PROMPT", "toNode", "441704", "toUnit", "441704:jyj", "title", "国庆期间校园安全提示"));
		String alertId = (String) raised.getBody().get("id");
		federation.settle();
		RestClient handler = as(yangdong, "441704:jyj", "handler");
		RestClient unitHead = as(yangdong, "441704:jyj", "unit-head");
		RestClient countySupervisor = as(yangdong, null, "supervisor");
		assertThat(inbox(handler, alertId)).hasSize(1);
		AlertEscalation escalation = yangdong.bean(AlertEscalation.class);

		federation.clock.set("2024-10-09T10:00:00");
		escalation.escalateDue();
		assertThat(get(countySupervisor, "/api/v1/alerts/{id}", alertId)).as("the holiday does not count")
			.containsEntry("status", "OPEN");

		federation.clock.set("2024-10-10T10:00:00");
		assertThat(escalation.escalateDue()).isGreaterThanOrEqualTo(1);
		assertThat(get(countySupervisor, "/api/v1/alerts/{id}", alertId)).containsEntry("status", "ESCALATED")
			.containsKey("escalatedAt");
		assertThat(page(countySupervisor, "/api/v1/alerts?status=ESCALATED")).extracting((alert) -> alert.get("id"))
			.contains(alertId);
		federation.clock.set("2024-10-11T10:00:00");
		escalation.escalateDue();
		assertThat(inbox(unitHead, alertId)).as("escalated once")
			.extracting((item) -> item.get("source") + "/" + item.get("audience"))
			.containsExactlyInAnyOrder("ALERT/HANDLERS", "ESCALATION/UNIT_HEAD");
		assertThat(inbox(handler, alertId)).as("the head's item is not the handlers'")
			.extracting((item) -> item.get("source"))
			.containsExactly("ALERT");
		assertThat(inbox(countySupervisor, alertId)).as("the county's supervisors are told")
			.extracting((item) -> item.get("source") + "/" + item.get("unitCode"))
			.containsExactly("ESCALATION/441704");
		assertThat(audited(yangdong, "ALERT_ESCALATED")).anySatisfy((detail) -> assertThat(detail).contains(alertId));
		federation.settle();
		assertThat(get(as(province, null, "supervisor"), "/api/v1/alerts/{id}", alertId))
			.as("escalation is the recipient's business")
			.containsEntry("status", "OPEN");

		Map<String, Object> headItem = inbox(unitHead, alertId).stream()
			.filter((item) -> item.get("source").equals("ESCALATION"))
			.findFirst()
			.orElseThrow();
		assertThat(post(unitHead, "/api/v1/inbox/{id}/sign", Map.of(), headItem.get("id")).getStatusCode().value())
			.isEqualTo(200);
		assertThat(inbox(handler, alertId)).singleElement()
			.satisfies((item) -> assertThat(item.get("signed")).isEqualTo(true));
		federation.settle();
		assertThat(get(as(province, null, "supervisor"), "/api/v1/alerts/{id}", alertId)).containsEntry("status",
				"ACKNOWLEDGED");
	}

	@Test
	void aCityThatLostTheCoordinationsGetsThemBackFromTheCountysReSync() {
		federation.clock.set("2024-09-26T10:00:00");
		Map<String, String> issued = federation.issue(province, "城乡供水一体化", "441704", "441702");
		String lead = issued.get("441704");
		federation.sign(yangdong, lead, "441704");
		RestClient county = as(yangdong, null, "supervisor");
		post(county, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-24", "UNRESOLVED"), lead);
		post(county, "/api/v1/assignments/{id}/coordinations", attempt("2024-09-25", "RESOLVED"), lead);
		federation.settle();
		RestClient citySupervisor = as(city, null, "supervisor");
		assertThat(list(citySupervisor, "/api/v1/assignments/{id}/coordinations", lead)).hasSize(2);

		// the city loses them, and the county's report log towards it is re-created
		federation.disconnectYangdong();
		city.bean(JdbcClient.class).sql("DELETE FROM coordination WHERE assignment_id = ?").param(lead).update();
		JdbcClient countyDb = yangdong.bean(JdbcClient.class);
		countyDb.sql("DELETE FROM fed_outbound_entry WHERE peer_code = '441700' AND channel = 'report'").update();
		countyDb
			.sql("UPDATE fed_outbound_log SET epoch = ?, last_seq = 0, acked_seq = 0 "
					+ "WHERE peer_code = '441700' AND channel = 'report'")
			.param(UUID.randomUUID().toString())
			.update();
		federation.connectYangdong();

		assertThat(audited(city, "RESYNC_COMPLETED")).isNotEmpty();
		assertThat(list(citySupervisor, "/api/v1/assignments/{id}/coordinations", lead))
			.extracting((c) -> c.get("date") + "/" + c.get("outcome"))
			.containsExactly("2024-09-24/UNRESOLVED", "2024-09-25/RESOLVED");
		federation.settle();
		assertThat(list(as(province, null, "supervisor"), "/api/v1/assignments/{id}/coordinations", lead))
			.as("the issuer keeps them once")
			.hasSize(2);
	}

}
